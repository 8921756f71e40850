"""The Arabic catalogue of `annotator.wording`: each English message and its Arabic.

PLURALS gives the six forms Arabic needs for a count (zero, one, two, 3-10, 11-99, 100 and
more), keyed by the English plural noun.
"""

from __future__ import annotations

import re

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
    # errors (AnnotatorError): the fixed sentences; the path is put before them
    "is empty": "فارغ",
    "does not exist": "غير موجود",
    "already exists": "موجود أصلًا",
    "a speaker needs a name": "المتحدث يحتاج إلى اسم",
    "these two annotations are already linked": "هذان التعليقان مربوطان أصلًا",
    "the correction is the same as the annotation; accept it instead": (
        "التصحيح مطابق للتعليق؛ اقبله بدلًا من ذلك"
    ),
    "standard output is closed; nothing was written": "المخرج القياسي مغلق؛ لم يُكتب شيء",
    "is the project itself; choose another file for the copy": (
        "هو المشروع نفسه؛ اختر ملفًا آخر للنسخة"
    ),
    "is the project file itself; choose another name": "هو ملف المشروع نفسه؛ اختر اسمًا آخر",
    "is not an annotator project (it is not a SQLite database)": (
        "ليس مشروع annotator (ليس قاعدة بيانات SQLite)"
    ),
    "is not an Excel workbook, so --sheet does not apply to it": (
        "ليس مصنف Excel، فلا ينطبق عليه --sheet"
    ),
    "is not a text file (it contains NUL characters)": "ليس ملفًا نصيًا (فيه محارف NUL)",
    "is not a text file (it contains NUL bytes)": "ليس ملفًا نصيًا (فيه بايتات NUL)",
    "is not a JSON object": "ليس كائن JSON",
    "is not a JSON array of objects (one object per post)": (
        "ليس مصفوفة JSON من الكائنات (كائن لكل منشور)"
    ),
    "is empty (it holds only white space)": "فارغ (لا يضم إلا مسافات)",
    "is a folder; give the copy a file name": "مجلد؛ أعطِ النسخة اسم ملف",
    "is a folder; give a file name for the export": "مجلد؛ أعطِ اسم ملف للتصدير",
    "is a folder, not a file": "مجلد، لا ملف",
    "is a SQLite database but not an annotator project": (
        "قاعدة بيانات SQLite لكنه ليس مشروع annotator"
    ),
    "holds no text": "لا يضم نصًّا",
    "holds no rows": "لا يضم صفوفًا",
    "holds no objects": "لا يضم كائنات",
    "holds no JSON lines": "لا يضم أسطر JSON",
    "has no worksheet": "لا ورقة عمل فيه",
    "has no article text that could be extracted": "لا نص مقال يمكن استخراجه منه",
    "cannot be read (permission denied)": "تتعذر قراءته (الإذن مرفوض)",
    "an in-memory project cannot be copied": "لا يمكن نسخ مشروع في الذاكرة",
    "an export needs an output file name (or - for the terminal)": (
        "التصدير يحتاج إلى اسم ملف للمخرج (أو - للطرفية)"
    ),
    "an analyst needs a name": "المحلل يحتاج إلى اسم",
    "a link needs a type": "الرابط يحتاج إلى نوع",
    "a link must join two annotations of the same document": (
        "يجب أن يربط الرابط بين تعليقين من المستند نفسه"
    ),
    "a label schema needs at least one label": "مخطط الوسوم يحتاج إلى وسم واحد على الأقل",
    "is missing from the installation; reinstall annotator": "ناقص من التثبيت؛ أعد تثبيت annotator",
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

# Error sentences that carry a value: (the English, matched whole, with named parts; Arabic).
PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"cannot be read \((?P<reason>.*)\)"), "تتعذر قراءته ({reason})"),
    (re.compile(r"cannot be written \((?P<reason>.*)\)"), "تتعذر الكتابة فيه ({reason})"),
    (
        re.compile(r"cannot be (?P<what>written|created): folder (?P<folder>.*) does not exist"),
        "تتعذر كتابته: المجلد {folder} غير موجود",
    ),
    (
        re.compile(r"its text is already in the project as (?P<title>.*)"),
        "نصه موجود في المشروع أصلًا باسم {title}",
    ),
    (
        re.compile(r"is already in the project as (?P<title>.*)"),
        "موجود في المشروع أصلًا باسم {title}",
    ),
    (re.compile(r"is (?P<kind>a [a-z ]+), not a file"), "ليس ملفًا ({kind})"),
    (re.compile(r"cannot be changed: (?P<reason>.*)"), "لا يمكن تغييره: {reason}"),
    (re.compile(r"cannot be merged: (?P<reason>.*)"), "لا يمكن دمجه: {reason}"),
    (re.compile(r"is damaged \((?P<detail>.*)\)"), "تالف ({detail})"),
    (
        re.compile(
            r"was written by a newer annotator \(schema (?P<found>\d+); this version reads up "
            r"to (?P<known>\d+)\); update annotator to open it"
        ),
        "كتبه إصدار أحدث من annotator (المخطط {found}؛ يقرأ هذا الإصدار حتى {known})؛ حدِّث "
        "annotator لفتحه",
    ),
    (
        re.compile(
            r"was written by an older annotator \(schema (?P<found>\d+)\); open it once where it "
            r"can be changed to upgrade it"
        ),
        "كتبه إصدار أقدم من annotator (المخطط {found})؛ افتحه مرة في مكان يمكن تغييره فيه لترقيته",
    ),
    (re.compile(r"is not valid JSON \((?P<detail>.*)\)"), "ليس JSON صالحًا ({detail})"),
    (
        re.compile(r"has no sheet (?P<sheet>.*) \(its sheets: (?P<sheets>.*)\)"),
        "لا ورقة {sheet} فيه (أوراقه: {sheets})",
    ),
    (re.compile(r"not a label schema file \((?P<detail>.*)\)"), "ليس ملف مخطط وسوم ({detail})"),
]
