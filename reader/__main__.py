"""`python -m reader` is the same as the `newsreader` command."""

from reader.cli import main

raise SystemExit(main())
