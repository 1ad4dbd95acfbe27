"""Adding deflated parts to a prebuilt zip without reading or recompressing what it holds.

The Word skeleton (styles, settings, footers: ~800 KB of XML, ~35 KB deflated) is the same for every
report; only document.xml and core.xml change. ``split`` cuts the skeleton once into its entries and
its central directory; ``append`` writes new entries after the entries and a central directory that
lists both. Timestamps are fixed (1980-01-01), so the same parts always give the same bytes.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

_LOCAL = struct.Struct("<4s5H3L2H")  # local file header (30 bytes)
_CENTRAL = struct.Struct("<4s6H3L5H2L")  # central directory record (46 bytes)
_END = struct.Struct("<4s4H2LH")  # end of central directory (22 bytes)
_DEFLATE, _VERSION, _UTF8_NAME = 8, 20, 0x800
_DOS_TIME, _DOS_DATE = 0, (1 << 5) | 1  # 00:00:00, 1980-01-01


@dataclass(frozen=True)
class Prebuilt:
    entries: bytes  # local headers and data of every entry
    central: bytes  # their central directory records
    count: int


def split(data: bytes) -> Prebuilt:
    """A zip (no comment, no zip64) as its entries and central directory."""
    end = data.rindex(b"PK\x05\x06")
    _, _, _, _, count, size, offset, _ = _END.unpack_from(data, end)
    return Prebuilt(data[:offset], data[offset:offset + size], count)


def append(base: Prebuilt, parts: list[tuple[str, bytes]]) -> bytes:
    """``base`` plus ``parts`` (name, uncompressed bytes), deflated, as one zip."""
    out, central, offset = [base.entries], [base.central], len(base.entries)
    for name, data in parts:
        packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
        raw = packer.compress(data) + packer.flush()
        crc, encoded = zlib.crc32(data), name.encode("utf-8")
        flags = 0 if name.isascii() else _UTF8_NAME
        out += [_LOCAL.pack(b"PK\x03\x04", _VERSION, flags, _DEFLATE, _DOS_TIME, _DOS_DATE, crc, len(raw), len(data),
                            len(encoded), 0), encoded, raw]
        central += [_CENTRAL.pack(b"PK\x01\x02", _VERSION, _VERSION, flags, _DEFLATE, _DOS_TIME, _DOS_DATE, crc,
                                  len(raw), len(data), len(encoded), 0, 0, 0, 0, 0, offset), encoded]
        offset += _LOCAL.size + len(encoded) + len(raw)
    directory = b"".join(central)
    total = base.count + len(parts)
    out += [directory, _END.pack(b"PK\x05\x06", 0, 0, total, total, len(directory), offset, 0)]
    return b"".join(out)
