"""The Arabic catalogue of `annotator.wording`: each English message and its Arabic.

PLURALS gives the six forms Arabic needs for a count (zero, one, two, 3-10, 11-99, 100 and
more), keyed by the English plural noun.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # annotator import
    "{path}: {imported} of {files} files imported": "{path}: استُورد {imported} من {files} ملفات",
    ", {skipped} skipped (already in the project)": "، وتُخطِّي {skipped} (موجودة في المشروع أصلًا)",
    "; not imported: {files}": "؛ لم يُستورد: {files}",
    "{path}: warning: {warning}": "{path}: تنبيه: {warning}",
    "{path}: skipped, {notes}": "{path}: تُخطِّي، {notes}",
    "{path}: imported {parts}": "{path}: استُورد {parts}",
    " (read as {encoding})": " (قُرئ بترميز {encoding})",
    "{path}: imported {documents} from {rows}": "{path}: استُورد {documents} من {rows}",
    "{path}: skipped, no new document in {rows}": "{path}: تُخطِّي، لا مستند جديد في {rows}",
    ", read as {encoding}": "، قُرئ بترميز {encoding}",
    "{rows} without text skipped: ": "تُخطِّي {rows} بلا نص: ",
    "{rows} repeating an earlier row: ": "{rows} تكرر صفًّا سابقًا: ",
    "{rows} already in the project: ": "{rows} موجودة في المشروع أصلًا: ",
    " and {n} more": " و{n} غيرها",
    "--analyst: the name holds bytes that are not UTF-8 text": (
        "--analyst: في الاسم بايتات ليست نصًّا بترميز UTF-8"
    ),
    # annotator export, info, copy
    "wrote {rows} to {output}": "كُتب {rows} في {output}",
    "{project}: {documents}, {annotations}, {speakers}; labels: {labels}": (
        "{project}: {documents}، {annotations}، {speakers}؛ الوسوم: {labels}"
    ),
    "; {claims} without a speaker": "؛ {claims} بلا متحدث",
    "copied {source} to {dest}": "نُسخ {source} إلى {dest}",
    # annotator search, merge
    "{hits} in {documents}": "{hits} في {documents}",
    "merged {summary}": "دُمج {summary}",
    "{added} added ({skipped} already there)": "أُضيف {added} ({skipped} موجودة أصلًا)",
    # any command
    "waiting for another program that is writing {path}": "في انتظار برنامج آخر يكتب {path}",
    "the window cannot start ({error})": "تعذّر تشغيل النافذة ({error})",
    "interrupted; nothing half-written was kept": "توقّف؛ لم يُحتفظ بأي شيء مكتوب جزئيًا",
    "internal error ({error}); please report it (ANNOTATOR_DEBUG=1 shows the details)": (
        "خطأ داخلي ({error})؛ يُرجى الإبلاغ عنه (ANNOTATOR_DEBUG=1 يعرض التفاصيل)"
    ),
    ", ": "، ",
}

PLURALS: dict[str, tuple[str, str, str, str, str, str]] = {
    "documents": ("لا مستندات", "مستند واحد", "مستندان", "{n} مستندات", "{n} مستندًا", "{n} مستند"),
    "annotations": (
        "لا تعليقات",
        "تعليق واحد",
        "تعليقان",
        "{n} تعليقات",
        "{n} تعليقًا",
        "{n} تعليق",
    ),
    "links": ("لا روابط", "رابط واحد", "رابطان", "{n} روابط", "{n} رابطًا", "{n} رابط"),
    "rows": ("لا صفوف", "صف واحد", "صفان", "{n} صفوف", "{n} صفًا", "{n} صف"),
    "speaker entities": (
        "لا متحدثين",
        "متحدث واحد",
        "متحدثان",
        "{n} متحدثين",
        "{n} متحدثًا",
        "{n} متحدث",
    ),
    "claims": ("لا ادعاءات", "ادعاء واحد", "ادعاءان", "{n} ادعاءات", "{n} ادعاءً", "{n} ادعاء"),
    "hits": ("لا نتائج", "نتيجة واحدة", "نتيجتان", "{n} نتائج", "{n} نتيجة", "{n} نتيجة"),
    "speakers": ("لا متحدثين", "متحدث واحد", "متحدثان", "{n} متحدثين", "{n} متحدثًا", "{n} متحدث"),
    "document answers": (
        "لا إجابات",
        "إجابة واحدة",
        "إجابتان",
        "{n} إجابات",
        "{n} إجابة",
        "{n} إجابة",
    ),
}
