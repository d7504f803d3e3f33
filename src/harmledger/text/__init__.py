"""The text layer: normalisation with an offset map, sentences, numbers."""

from harmledger.text.normalize import NormalizedText, normalize
from harmledger.text.numbers import Quantity, find_quantities
from harmledger.text.sentences import split_sentences

__all__ = ["NormalizedText", "normalize", "Quantity", "find_quantities", "split_sentences"]
