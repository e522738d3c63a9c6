"""When things happened: date expressions normalised (`dates`) and placed on a timeline (`timeline`).

Nothing is imported here: `timex` (values, their order and headings) is light enough for the UI
thread, while `dates` compiles the whole grammar (~100 ms) and is imported only where it is used.
"""
