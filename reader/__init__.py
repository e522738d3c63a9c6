"""newsreader: who is in a news story, who said what, and when."""

__version__ = "0.1.0"
