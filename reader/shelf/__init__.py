"""Shelves: many articles on one story — where they come from, analysed in parallel, indexed across.

`expand` turns the command line's arguments (a directory, a feed, a list file, files and URLs)
into the sources of one shelf; `jobs` analyses a shelf in worker processes, in input order;
`index` builds one cross-article index of speakers, people, organisations and dates from the
finished `Analysis` objects alone (no spaCy).
"""
