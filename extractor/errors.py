"""Our exception types. Each carries the status a file gets in files.csv."""

from __future__ import annotations


class ExtractorError(Exception):
    """A file could not be extracted; ``status`` says why in one word."""

    status = "error"


class EmptyFileError(ExtractorError):
    status = "empty"


class NotPdfError(ExtractorError):
    status = "not_pdf"


class CorruptPdfError(ExtractorError):
    status = "corrupt"


class EncryptedPdfError(ExtractorError):
    status = "encrypted"


class NoTextLayerError(ExtractorError):
    status = "no_text_layer"
