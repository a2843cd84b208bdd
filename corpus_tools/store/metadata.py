"""Issue metadata as JSON: dates, times, periods, NaT/NA and numpy scalars survive the round trip.

:func:`encode_meta` turns an ``Issue.meta`` value into JSON-able data (tagged dicts such as
``{"__date__": "1998-01-02"}``) and names where an unsaveable value sits; :func:`decode_meta`
reverses it when a store is loaded.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["decode_meta", "encode_meta"]


def encode_meta(value: Any, where: str) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if value is pd.NaT or isinstance(value, (np.datetime64, np.timedelta64)) and np.isnat(value):
        return {"__nat__": "timedelta" if isinstance(value, np.timedelta64) else "datetime"}
    if value is pd.NA:
        return {"__na__": None}
    if isinstance(value, np.datetime64):
        return encode_meta(pd.Timestamp(value), where)
    if isinstance(value, np.timedelta64):
        return encode_meta(pd.Timedelta(value), where)
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, pd.Timestamp):
        return {"__timestamp__": value.isoformat(), "tz": None if value.tz is None else str(value.tz)}
    if isinstance(value, dt.timedelta):  # pd.Timedelta too: nanoseconds, exact
        return {"__timedelta__": int(pd.Timedelta(value).value)}
    if isinstance(value, pd.Period):
        return {"__period__": str(value), "freq": value.freqstr}
    if isinstance(value, dt.time):
        return {"__time__": value.isoformat()}
    if isinstance(value, dt.datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, dt.date):
        return {"__date__": value.isoformat()}
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if isinstance(value, np.ndarray):
        return [encode_meta(v, where) for v in value.tolist()]
    if isinstance(value, (list, tuple)):
        return [encode_meta(v, where) for v in value]
    if isinstance(value, dict):
        return {str(k): encode_meta(v, f"{where}[{k!r}]") for k, v in value.items()}
    raise TypeError(f"{where} holds a {type(value).__name__} ({value!r}), which cannot be saved; "
                    "issue metadata may hold str, numbers, dates, None, lists and dicts")


def decode_meta(value: Any) -> Any:
    if isinstance(value, list):
        return [decode_meta(v) for v in value]
    if isinstance(value, dict):
        if len(value) in (1, 2):
            (k, v), *rest = value.items()
            if k == "__date__":
                return dt.date.fromisoformat(v)
            if k == "__datetime__":
                return dt.datetime.fromisoformat(v)
            if k == "__timestamp__":
                ts = pd.Timestamp(v)
                tz = rest[0][1] if rest else None
                if tz is not None and ts.tz is not None:
                    with contextlib.suppress(Exception):  # a fixed offset has no zone name: keep it
                        ts = ts.tz_convert(tz)
                return ts
            if k == "__nat__":
                return pd.NaT if v == "datetime" else np.timedelta64("NaT")
            if k == "__na__":
                return pd.NA
            if k == "__timedelta__":
                return pd.Timedelta(int(v), unit="ns")
            if k == "__period__":
                return pd.Period(v, freq=rest[0][1] if rest else None)
            if k == "__time__":
                return dt.time.fromisoformat(v)
        return {k: decode_meta(v) for k, v in value.items()}
    return value

