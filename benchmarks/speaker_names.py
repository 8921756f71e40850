"""Speaker names the benchmarks give their 1,000 speakers: 20 first names by 50 family
names, so names repeat words the way real ones do (many a محمد, several المصري)."""

from __future__ import annotations

FIRST = ("محمد", "ليلى", "أحمد", "مريم", "يوسف", "سارة", "خالد", "نور", "عمر", "هدى")
FIRST += ("علي", "فاطمة", "حسن", "زينب", "كريم", "رنا", "سامي", "دينا", "طارق", "أمل")
LAST = tuple(f"{root}ي" for root in ("المصر", "العراق", "الشام", "اليمن", "المغرب"))
LAST += tuple(f"آل {n}" for n in range(45))
SPEAKERS = len(FIRST) * len(LAST)  # 1,000


def speaker_name(i: int) -> str:
    """The name of speaker i (0 <= i < SPEAKERS)."""
    return f"{FIRST[i % len(FIRST)]} {LAST[i // len(FIRST)]}"
