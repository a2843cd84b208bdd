"""Arrow and Parquet plumbing of the store: normalised column types, checksums, the batch table writer.

Every table of a store goes through here on its way to disk: :func:`to_arrow` gives each column one
stable Arrow type, :class:`TableWriter` writes a Parquet file in batches under a temporary name and
renames it when complete (recording rows, bytes and SHA-256), and :func:`sha256` checksums a file.
pyarrow is imported lazily by :func:`load_pyarrow`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa

__all__ = ["TableWriter", "load_pyarrow", "sha256", "to_arrow"]


def load_pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - pyarrow is a runtime dependency
        raise ImportError("Parquet storage needs pyarrow: pip install pyarrow") from None
    return pa, pq


def _normalise_type(t: "pa.DataType") -> "pa.DataType":
    """One stable Arrow type per column: int32-indexed string dictionaries, plain strings."""
    pa, _ = load_pyarrow()
    if pa.types.is_dictionary(t):
        return pa.dictionary(pa.int32(), pa.string())
    if pa.types.is_large_string(t) or pa.types.is_string(t):
        return pa.string()
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return pa.list_(_normalise_type(t.value_type))
    if pa.types.is_null(t):
        return pa.string()
    return t


def to_arrow(df: pd.DataFrame, schema: "pa.Schema | None" = None) -> "pa.Table":
    """A pandas frame as an Arrow table with normalised (or the given) column types."""
    pa, _ = load_pyarrow()
    table = pa.Table.from_pandas(df, preserve_index=False)
    if schema is None:
        schema = pa.schema([pa.field(f.name, _normalise_type(f.type)) for f in table.schema],
                           metadata=table.schema.metadata)
    return table.cast(schema)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class TableWriter:
    """Write a Parquet file in batches under a temporary name; ``close`` renames it."""

    def __init__(self, folder: Path, name: str):
        self.path = folder / f"{name}.parquet"
        self.tmp = folder / f".{name}.parquet.{os.getpid()}.tmp"
        self.name = name
        self.rows = 0
        self._writer = None
        self._schema = None

    def write(self, df: pd.DataFrame) -> None:
        _, pq = load_pyarrow()
        table = to_arrow(df, self._schema)
        if self._writer is None:
            self._schema = table.schema
            self._writer = pq.ParquetWriter(self.tmp, self._schema, compression="zstd")
        self._writer.write_table(table)
        self.rows += table.num_rows

    def close(self, empty: pd.DataFrame | None = None) -> dict[str, Any]:
        if self._writer is None:  # nothing written: an empty table with the given columns
            self.write(empty if empty is not None else pd.DataFrame())
        self._writer.close()
        os.replace(self.tmp, self.path)
        return {"file": self.path.name, "rows": self.rows, "bytes": self.path.stat().st_size,
                "sha256": sha256(self.path)}

    def finish(self, columns: Sequence[str] = (), info: dict[str, Any] | None = None) -> dict[str, Any]:
        """``close``: the manifest entry of the table (an empty table of *columns* when nothing was written),
        with *info* (extra facts, e.g. the pipeline) under ``"info"`` when given."""
        entry = self.close(pd.DataFrame({c: pd.Series(dtype=object) for c in columns}))
        if info:
            entry["info"] = info
        return entry

    def abort(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> "TableWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:  # a write that fails (or is interrupted) leaves no file behind
            self.abort()
