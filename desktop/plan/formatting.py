"""Numbers as a district office writes them: thousands separators, units, one-decimal percents."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def number(value: Decimal | int | None) -> str:
    if value is None:
        return ""
    value = Decimal(value)
    text = format(value.normalize(), "f") if value != value.to_integral() else str(int(value))
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = f"{int(whole.lstrip('-')):,}"
    return sign + whole + ("." + frac if frac else "")


def quantity(value: Decimal | int | None, unit: str) -> str:
    """'20,220 个', '2%', '62 亿元'."""
    if value is None:
        return ""
    return f"{number(value)}%" if unit == "%" else f"{number(value)} {unit}".rstrip()


def ratio(value: Decimal | None) -> Decimal | None:
    """A percentage as the ratio a spreadsheet's percent cell holds: 93.45 → 0.935 (0.1%, half up)."""
    if value is None:
        return None
    return (Decimal(value) / 100).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)


def percent(value: Decimal | None) -> str:
    """93.5% — one decimal, half up, as the office writes it."""
    if value is None:
        return ""
    return f"{Decimal(value).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"
