"""When things happened: date expressions normalised (`dates`) and placed on a timeline (`timeline`)."""

from reader.nlp.time.timeline import DateMention, collect, resolve

__all__ = ["DateMention", "collect", "resolve"]
