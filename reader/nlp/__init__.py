"""The language core: Article + spaCy → Analysis. Never imports Textual."""
