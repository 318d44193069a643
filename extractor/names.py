"""Person names as printed, and as we store them."""

from __future__ import annotations

import re

_HONORIFIC = re.compile(r"(?<=.)(?:議員|君|様|氏|殿)$")
_SPACE = re.compile(r"\s+")


def display_name(raw: str) -> str:
    """A name without its layout spaces and honorific suffix.

    >>> display_name("熊谷 和哉"), display_name("細 谷 昌 弘"), display_name("平山たかお議員")
    ('熊谷和哉', '細谷昌弘', '平山たかお')
    """
    return _HONORIFIC.sub("", _SPACE.sub("", raw))
