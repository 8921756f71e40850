<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>All measures</source>
        <translation>كل المقاييس</translation>
    </message>
    <message>
        <source>Pairs of analysts are compared over the documents both worked on; * means all labels or all analysts together. n/a: the measure is undefined there (no spans, or no variation).</source>
        <translation>يُقارَن كل محللَين في المستندات التي عمل عليها كلاهما؛ وتعني * كل الوسوم أو كل المحللين معًا. «غير متاح»: المقياس غير معرَّف هناك (لا مقاطع، أو لا تباين).</translation>
    </message>
    <message>
        <source>Agreement between analysts</source>
        <translation>اتفاق المحللين</translation>
    </message>
    <message>
        <source>Whole project</source>
        <translation>المشروع كله</translation>
    </message>
    <message>
        <source>This document: %1</source>
        <translation>هذا المستند: %1</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;نسخ بصيغة CSV</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;تصدير CSV…</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>النطاق:</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>المقياس:</translation>
    </message>
    <message>
        <source>No figures: agreement needs at least two analysts who annotated the same document. Import their work with File → Import Analysts&apos; Work…</source>
        <translation>لا أرقام: يحتاج الاتفاق إلى محللَين على الأقل وسَما المستند نفسه. استورد عملهم من ملف ← استيراد عمل المحللين…</translation>
    </message>
    <message>
        <source>%1 of %2 figures shown.</source>
        <translation>معروض %1 من %2 رقمًا.</translation>
    </message>
    <message>
        <source>Only %1 has annotated here.</source>
        <translation>لم يوسِم هنا إلا %1.</translation>
    </message>
    <message>
        <source>Nobody has annotated here yet.</source>
        <translation>لم يوسِم أحد هنا بعد.</translation>
    </message>
    <message>
        <source>Agreement compares two or more analysts: each annotates the documents in a project file of their own, then their files are merged into one project with File → Import Analysts&apos; Work… (or annotator merge).</source>
        <translation>يقارن الاتفاق بين محللَين أو أكثر: يوسِم كلٌّ منهم المستندات في ملف مشروع خاص به، ثم تُدمج ملفاتهم في مشروع واحد من ملف ← استيراد عمل المحللين… (أو بالأمر annotator merge).</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln rows as CSV.</source>
        <translation>
            <numerusform>لم يُنسخ أي صف بصيغة CSV.</numerusform>
            <numerusform>نُسخ صف واحد بصيغة CSV.</numerusform>
            <numerusform>نُسخ صفان بصيغة CSV.</numerusform>
            <numerusform>نُسخت %Ln صفوف بصيغة CSV.</numerusform>
            <numerusform>نُسخ %Ln صفًا بصيغة CSV.</numerusform>
            <numerusform>نُسخ %Ln صف بصيغة CSV.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export agreement</source>
        <translation>تصدير الاتفاق</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1</source>
        <translation>
            <numerusform>لم يُصدَّر أي صف إلى %1</numerusform>
            <numerusform>صُدِّر صف واحد إلى %1</numerusform>
            <numerusform>صُدِّر صفان إلى %1</numerusform>
            <numerusform>صُدِّرت %Ln صفوف إلى %1</numerusform>
            <numerusform>صُدِّر %Ln صفًا إلى %1</numerusform>
            <numerusform>صُدِّر %Ln صف إلى %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Analyst A</source>
        <translation>المحلل أ</translation>
    </message>
    <message>
        <source>Analyst B</source>
        <translation>المحلل ب</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>f1_exact</source>
        <translation>F1 (تطابق تام)</translation>
    </message>
    <message>
        <source>f1_overlap</source>
        <translation>F1 (تداخل)</translation>
    </message>
    <message>
        <source>cohen_kappa</source>
        <translation>كابا كوهين</translation>
    </message>
    <message>
        <source>krippendorff_alpha</source>
        <translation>ألفا كريبندورف</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>الإسناد</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>* stands for all labels (label) or all analysts together (analysts)</source>
        <translation>تعني * كل الوسوم (في عمود الوسم) أو كل المحللين معًا (في عمودي المحللين)</translation>
    </message>
</context>
<context>
    <name>Annotating</name>
    <message>
        <source>Open a document first.</source>
        <translation>افتح مستندًا أولًا.</translation>
    </message>
    <message>
        <source>Select some text first, then press the label&apos;s key.</source>
        <translation>حدِّد نصًّا أولًا، ثم اضغط مفتاح الوسم.</translation>
    </message>
    <message>
        <source>Saved: %1 “%2”</source>
        <translation>حُفظ: %1 «%2»</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>تغيير إلى %1</translation>
    </message>
    <message>
        <source>No annotation is selected.</source>
        <translation>لا تعليق محدَّد.</translation>
    </message>
    <message>
        <source>Deleted %1 “%2”</source>
        <translation>حُذف: %1 «%2»</translation>
    </message>
    <message>
        <source>Cannot grow it further.</source>
        <translation>لا يمكن توسيعه أكثر.</translation>
    </message>
    <message>
        <source>Cannot shrink it further.</source>
        <translation>لا يمكن تقليصه أكثر.</translation>
    </message>
    <message>
        <source>Grow %1</source>
        <translation>توسيع %1</translation>
    </message>
    <message>
        <source>Shrink %1</source>
        <translation>تقليص %1</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>المحلل</translation>
    </message>
</context>
<context>
    <name>AttributeForm</name>
    <message>
        <source>Speakers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>مؤشرات الإسناد</translation>
    </message>
    <message>
        <source>Claims attributed</source>
        <translation>الادعاءات المسندة</translation>
    </message>
    <message>
        <source>Claims with this cue</source>
        <translation>الادعاءات بهذا المؤشر</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Note (&amp;0)</source>
        <translation>ملاحظة (&amp;0)</translation>
    </message>
    <message>
        <source>Attribute… (A)</source>
        <translation>إسناد… (A)</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;فك الربط</translation>
    </message>
    <message>
        <source>No annotation selected</source>
        <translation>لا تعليق محدَّد</translation>
    </message>
    <message>
        <source>Speaker: not grouped</source>
        <translation>المتحدث: غير مجمَّع</translation>
    </message>
    <message>
        <source>Speaker (%1):</source>
        <translation>المتحدث (%1):</translation>
    </message>
    <message>
        <source>No speaker yet: press A</source>
        <translation>لا متحدث بعد: اضغط A</translation>
    </message>
</context>
<context>
    <name>Attributing</name>
    <message>
        <source>&amp;Attribute Claim…</source>
        <translation>إ&amp;سناد الادعاء…</translation>
    </message>
    <message>
        <source>Choose the speaker of the current claim (%1)</source>
        <translation>اختر متحدث الادعاء الحالي (%1)</translation>
    </message>
    <message>
        <source>Link Claim to &amp;Cue…</source>
        <translation>ربط الادعاء ب&amp;مؤشر الإسناد…</translation>
    </message>
    <message>
        <source>Choose the reporting expression of the current claim (%1)</source>
        <translation>اختر عبارة النقل للادعاء الحالي (%1)</translation>
    </message>
    <message>
        <source>&amp;Link Mode</source>
        <translation>وضع ال&amp;ربط</translation>
    </message>
    <message>
        <source>Click speakers and cues to link or unlink the current claim (%1; Esc leaves it)</source>
        <translation>انقر المتحدثين ومؤشرات الإسناد لربطها بالادعاء الحالي أو فك ربطها (%1؛ Esc للخروج)</translation>
    </message>
    <message>
        <source>Leave Link Mode</source>
        <translation>الخروج من وضع الربط</translation>
    </message>
    <message>
        <source>Label &amp;Schema…</source>
        <translation>&amp;مخطط الوسوم…</translation>
    </message>
    <message>
        <source>Labels, colours, keys and attribute fields; import or export them as JSON</source>
        <translation>الوسوم وألوانها ومفاتيحها وحقول سماتها؛ استوردها أو صدِّرها بصيغة JSON</translation>
    </message>
    <message>
        <source>Select a claim first, then press A to choose its speaker.</source>
        <translation>حدِّد ادعاءً أولًا، ثم اضغط A لاختيار متحدثه.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>افتح مشروعًا أولًا.</translation>
    </message>
    <message>
        <source>Link mode: click a speaker or cue to link or unlink the current claim; click a claim to make it current; Esc leaves.</source>
        <translation>وضع الربط: انقر متحدثًا أو مؤشر إسناد لربطه بالادعاء الحالي أو فك ربطه؛ انقر ادعاءً ليصبح الحالي؛ Esc للخروج.</translation>
    </message>
    <message>
        <source>Link mode: click a claim first, then its speakers.</source>
        <translation>وضع الربط: انقر ادعاءً أولًا، ثم متحدثيه.</translation>
    </message>
    <message>
        <source>No speaker yet (press A)</source>
        <translation>لا متحدث بعد (اضغط A)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claims</source>
        <translation>
            <numerusform>لا ادعاءات</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%Ln ادعاءات</numerusform>
            <numerusform>%Ln ادعاءً</numerusform>
            <numerusform>%Ln ادعاء</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>المتحدث: %1</translation>
    </message>
</context>
<context>
    <name>DeleteSpeaker</name>
    <message>
        <source>Delete speaker mention</source>
        <translation>حذف إشارة المتحدث</translation>
    </message>
</context>
<context>
    <name>DocumentFieldsEditor</name>
    <message>
        <source>Document fields (asked once per document)</source>
        <translation>حقول المستند (تُسأل مرة لكل مستند)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>Add document field</source>
        <translation>إضافة حقل مستند</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>DocumentFilter</name>
    <message>
        <source>Filter: words in title, metadata or text</source>
        <translation>تصفية: كلمات في العنوان أو البيانات الوصفية أو النص</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>No annotations yet</source>
        <translation>بلا تعليقات بعد</translation>
    </message>
    <message>
        <source>Analysts disagree on a field</source>
        <translation>يختلف المحللون في حقل</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>بلا متحدث</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>رُوجع</translation>
    </message>
    <message>
        <source>Claims that have no speaker linked yet</source>
        <translation>ادعاءات لم يُربط بها متحدث بعد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claims without a speaker</source>
        <translation>
            <numerusform>لا ادعاءات بلا متحدث</numerusform>
            <numerusform>ادعاء واحد بلا متحدث</numerusform>
            <numerusform>ادعاءان بلا متحدث</numerusform>
            <numerusform>%Ln ادعاءات بلا متحدث</numerusform>
            <numerusform>%Ln ادعاءً بلا متحدث</numerusform>
            <numerusform>%Ln ادعاء بلا متحدث</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <source>Document fields</source>
        <translation>حقول المستند</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>البيانات الوصفية</translation>
    </message>
    <message>
        <source>Document field %1</source>
        <translation>حقل المستند %1</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(بلا ملف)</translation>
    </message>
    <message>
        <source>From %1, row %2</source>
        <translation>من %1، الصف %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>من %1</translation>
    </message>
</context>
<context>
    <name>DocumentWalker</name>
    <message>
        <source>&amp;Go</source>
        <translation>ان&amp;تقال</translation>
    </message>
    <message>
        <source>&amp;Next Document</source>
        <translation>المستند ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous Document</source>
        <translation>المستند ال&amp;سابق</translation>
    </message>
    <message>
        <source>Mark &amp;Done and Open Next</source>
        <translation>تعيينه &amp;منجزًا وفتح التالي</translation>
    </message>
</context>
<context>
    <name>EntityProposalDialog</name>
    <message>
        <source>Same speaker?</source>
        <translation>المتحدث نفسه؟</translation>
    </message>
    <message>
        <source>Is «%1» one of these speakers?</source>
        <translation>هل «%1» واحد من هؤلاء المتحدثين؟</translation>
    </message>
    <message>
        <source>Same speaker (Enter)</source>
        <translation>المتحدث نفسه (Enter)</translation>
    </message>
    <message>
        <source>New speaker (N)</source>
        <translation>متحدث جديد (N)</translation>
    </message>
    <message>
        <source>Leave ungrouped (Esc)</source>
        <translation>تركه دون تجميع (Esc)</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>بحث في المستند</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter, Shift+F3)</source>
        <translation>النتيجة السابقة (Shift+Enter، Shift+F3)</translation>
    </message>
    <message>
        <source>Next hit (Enter, F3)</source>
        <translation>النتيجة التالية (Enter، F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>إغلاق شريط البحث (Esc)</translation>
    </message>
    <message>
        <source>Cannot search</source>
        <translation>لا يمكن البحث</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Sample: bread subsidy plan (news article)</source>
        <translation>نموذج: خطة دعم الخبز (مقال إخباري)</translation>
    </message>
</context>
<context>
    <name>HintBar</name>
    <message>
        <source>No project is open: File → Open Project… opens one, File → New Project… makes one, then File → Import Documents… (Ctrl+I) brings in a text.</source>
        <translation>لا مشروع مفتوح: ملف ← فتح مشروع… يفتح مشروعًا، وملف ← مشروع جديد… ينشئ مشروعًا، ثم ملف ← استيراد مستندات… (Ctrl+I) يجلب نصًّا.</translation>
    </message>
    <message>
        <source>This project has no documents yet: File → Import Documents… (Ctrl+I), or drop text files on the window.</source>
        <translation>لا مستندات في هذا المشروع بعد: ملف ← استيراد مستندات… (Ctrl+I)، أو أفلت ملفات نصية على النافذة.</translation>
    </message>
    <message>
        <source>Select text and mark it from the Annotate menu; F1 lists every key.</source>
        <translation>حدِّد نصًّا ووسِمه من قائمة توسيم؛ يسرد F1 كل المفاتيح.</translation>
    </message>
    <message>
        <source>or</source>
        <translation>أو</translation>
    </message>
    <message>
        <source>Select text, then press %1 to mark it; F1 lists every key.</source>
        <translation>حدِّد نصًّا، ثم اضغط %1 لوسمه؛ يسرد F1 كل المفاتيح.</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <source>Select text with the mouse or with Shift+arrow keys, then press a label key. Selections snap to whole words unless Edit → Snap to Whole Words is off; they never split a letter from its marks, an emoji or a flag.</source>
        <translation>حدِّد نصًّا بالفأرة أو بمفاتيح Shift+الأسهم، ثم اضغط مفتاح وسم. يلتقط التحديد كلمات كاملة ما لم يُلغَ تحرير ← الالتقاط بكلمات كاملة؛ ولا يفصل أبدًا حرفًا عن تشكيله ولا رمزًا تعبيريًا ولا علمًا.</translation>
    </message>
    <message>
        <source>The letter keys work only in review mode, where they win over A (attribute) and a label key on the same letter; in a text field (a note, a filter) letters are typed as usual.</source>
        <translation>لا تعمل مفاتيح الحروف إلا في وضع المراجعة، وفيه تتقدم على A (الإسناد) وعلى مفتاح الوسم ذي الحرف نفسه؛ وفي حقل نصي (ملاحظة، تصفية) تُكتب الحروف كالمعتاد.</translation>
    </message>
    <message>
        <source>Left and right are the sides of the screen. In an Arabic (right-to-left) paragraph the left side of a span is its &lt;i&gt;end&lt;/i&gt; (the words that follow it) and the right side its &lt;i&gt;start&lt;/i&gt;; in an English paragraph it is the other way round. So Alt+Shift+Left in Arabic takes in the next word, as the eye reads on.</source>
        <translation>اليسار واليمين هما جهتا الشاشة. في فقرة عربية (من اليمين إلى اليسار) يسار المقطع هو &lt;i&gt;نهايته&lt;/i&gt; (الكلمات التي تليه) ويمينه &lt;i&gt;بدايته&lt;/i&gt;؛ وفي فقرة إنجليزية العكس. لذا يضم Alt+Shift+Left في العربية الكلمة التالية، كما تمضي العين في القراءة.</translation>
    </message>
    <message>
        <source>Click a highlight to select it; click again on the same place to step out to a span that encloses it. The current claim&apos;s speakers and cue are outlined with dashes (a speaker&apos;s claims, when a speaker is current). Every change is saved at once: there is no Save button.</source>
        <translation>انقر تظليلًا لتحديده؛ وانقر المكان نفسه مجددًا للخروج إلى مقطع يحيط به. يُحاط متحدثو الادعاء الحالي ومؤشر إسناده بخط متقطع (وادعاءات المتحدث، إذا كان المتحدث هو الحالي). يُحفظ كل تغيير فورًا: لا زر للحفظ.</translation>
    </message>
    <message>
        <source>With an Arabic keyboard layout, every letter key also answers to the Arabic letter on the same key: ؤ marks a claim like C, ش attributes like A, ى goes to the next disagreement like N.</source>
        <translation>مع تخطيط لوحة مفاتيح عربي، يستجيب كل مفتاح حرف أيضًا للحرف العربي على المفتاح نفسه: ؤ يسِم ادعاءً مثل C، وش يُسند مثل A، وى ينتقل إلى الخلاف التالي مثل N.</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <source>Annotating</source>
        <translation>التوسيم</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>اللوحات</translation>
    </message>
    <message>
        <source>Files and view</source>
        <translation>الملفات والعرض</translation>
    </message>
    <message>
        <source>mark the selection with that label</source>
        <translation>وسم التحديد بذلك الوسم</translation>
    </message>
    <message>
        <source>attribute the current claim: choose its speaker (type to filter, Enter chooses)</source>
        <translation>إسناد الادعاء الحالي: اختر متحدثه (اكتب للتصفية، Enter يختار)</translation>
    </message>
    <message>
        <source>link the current claim to its cue (قال، أكد…)</source>
        <translation>ربط الادعاء الحالي بمؤشر إسناده (قال، أكد…)</translation>
    </message>
    <message>
        <source>link mode: click speakers and cues to link or unlink the current claim</source>
        <translation>وضع الربط: انقر المتحدثين ومؤشرات الإسناد لربطها بالادعاء الحالي أو فك ربطها</translation>
    </message>
    <message>
        <source>leave link mode</source>
        <translation>الخروج من وضع الربط</translation>
    </message>
    <message>
        <source>delete the current annotation (a speaker with claims asks what becomes of them)</source>
        <translation>حذف التعليق الحالي (يسأل المتحدث الذي له ادعاءات عمّا يحدث لها)</translation>
    </message>
    <message>
        <source>next annotation (in the text)</source>
        <translation>التعليق التالي (في النص)</translation>
    </message>
    <message>
        <source>previous annotation (in the text)</source>
        <translation>التعليق السابق (في النص)</translation>
    </message>
    <message>
        <source>grow the current annotation by a word on its left</source>
        <translation>توسيع التعليق الحالي بكلمة من جهة اليسار</translation>
    </message>
    <message>
        <source>grow it by a word on its right side</source>
        <translation>توسيعه بكلمة من جهة اليمين</translation>
    </message>
    <message>
        <source>shrink it by a word on its left side</source>
        <translation>تقليصه بكلمة من جهة اليسار</translation>
    </message>
    <message>
        <source>shrink it by a word on its right side</source>
        <translation>تقليصه بكلمة من جهة اليمين</translation>
    </message>
    <message>
        <source>snap selections to whole words on / off</source>
        <translation>التقاط التحديد بكلمات كاملة: تشغيل / إيقاف</translation>
    </message>
    <message>
        <source>undo any edit</source>
        <translation>التراجع عن أي تعديل</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>next suggested cue, speaker and claim (dashed outlines)</source>
        <translation>مؤشر الإسناد والمتحدث والادعاء المقترحة التالية (بإطار متقطع)</translation>
    </message>
    <message>
        <source>previous suggestion</source>
        <translation>الاقتراح السابق</translation>
    </message>
    <message>
        <source>accept the current suggestion with its links (a selection over one of its spans gives it those boundaries)</source>
        <translation>قبول الاقتراح الحالي بروابطه (التحديد فوق أحد مقاطعه يعطيه تلك الحدود)</translation>
    </message>
    <message>
        <source>accept every suggestion of the current one&apos;s sentence</source>
        <translation>قبول كل اقتراحات جملة الاقتراح الحالي</translation>
    </message>
    <message>
        <source>reject the current suggestion (never suggested again in this document)</source>
        <translation>رفض الاقتراح الحالي (لا يُقترح مجددًا في هذا المستند)</translation>
    </message>
    <message>
        <source>leave the current suggestion</source>
        <translation>ترك الاقتراح الحالي</translation>
    </message>
    <message>
        <source>find in the document, whatever the diacritics and letter forms</source>
        <translation>البحث في المستند، مهما كان التشكيل وصور الحروف</translation>
    </message>
    <message>
        <source>next hit</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <source>previous hit</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <source>in the find bar: next / previous hit</source>
        <translation>في شريط البحث: النتيجة التالية / السابقة</translation>
    </message>
    <message>
        <source>in the find bar: close it and leave the hit selected for a label key</source>
        <translation>في شريط البحث: إغلاقه وترك النتيجة محددة لمفتاح وسم</translation>
    </message>
    <message>
        <source>search the whole project; Mark all marks every hit with a label in one undoable step</source>
        <translation>البحث في المشروع كله؛ «وسم الكل» يسِم كل النتائج بوسم في خطوة واحدة قابلة للتراجع</translation>
    </message>
    <message>
        <source>next document in the list</source>
        <translation>المستند التالي في القائمة</translation>
    </message>
    <message>
        <source>previous document in the list</source>
        <translation>المستند السابق في القائمة</translation>
    </message>
    <message>
        <source>mark the document done and open the next one</source>
        <translation>تعيين المستند منجزًا وفتح التالي</translation>
    </message>
    <message>
        <source>go to a document field (in a choice list a letter picks the choice)</source>
        <translation>الانتقال إلى حقل مستند (في قائمة خيارات يختار الحرفُ الخيار)</translation>
    </message>
    <message>
        <source>in the Speakers panel: rename the selected speaker</source>
        <translation>في لوحة المتحدثين: إعادة تسمية المتحدث المحدد</translation>
    </message>
    <message>
        <source>in the Speakers panel: delete the selected speakers (their mentions stay)</source>
        <translation>في لوحة المتحدثين: حذف المتحدثين المحددين (وتبقى إشاراتهم)</translation>
    </message>
    <message>
        <source>in the Attributes form: go to a field</source>
        <translation>في نموذج السمات: الانتقال إلى حقل</translation>
    </message>
    <message>
        <source>in the Attributes form: go to the note</source>
        <translation>في نموذج السمات: الانتقال إلى الملاحظة</translation>
    </message>
    <message>
        <source>new project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>open a project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>import documents</source>
        <translation>استيراد مستندات</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>reset the zoom</source>
        <translation>إعادة ضبط التكبير</translation>
    </message>
    <message>
        <source>this list of keys</source>
        <translation>قائمة المفاتيح هذه</translation>
    </message>
    <message>
        <source>review mode on / off: show every analyst&apos;s annotations and their disagreements</source>
        <translation>وضع المراجعة تشغيل / إيقاف: عرض تعليقات كل المحللين وخلافاتهم</translation>
    </message>
    <message>
        <source>next open disagreement</source>
        <translation>الخلاف المفتوح التالي</translation>
    </message>
    <message>
        <source>previous open disagreement</source>
        <translation>الخلاف المفتوح السابق</translation>
    </message>
    <message>
        <source>accept the selected annotation</source>
        <translation>قبول التعليق المحدد</translation>
    </message>
    <message>
        <source>reject the selected annotation</source>
        <translation>رفض التعليق المحدد</translation>
    </message>
    <message>
        <source>correct the selected annotation with the text selection and the Review label</source>
        <translation>تصحيح التعليق المحدد بالنص المحدد وبوسم لوحة المراجعة</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>اللغ&amp;ة</translation>
    </message>
    <message>
        <source>System</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Western Digits (0123)</source>
        <translation>الأرقام ال&amp;غربية (0123)</translation>
    </message>
    <message>
        <source>Write numbers with Western digits in the Arabic interface</source>
        <translation>كتابة الأعداد بالأرقام الغربية في الواجهة العربية</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The new setting applies when Annotator starts again. Every edit is already saved, so restarting now loses nothing.</source>
        <translation>يسري الإعداد الجديد عند تشغيل Annotator مجددًا. كل تعديل محفوظ أصلًا، فإعادة التشغيل الآن لا تُضيع شيئًا.</translation>
    </message>
    <message>
        <source>Restart &amp;Now</source>
        <translation>إعادة التشغيل ال&amp;آن</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Only claims without a speaker</source>
        <translation>الادعاءات التي بلا متحدث فقط</translation>
    </message>
    <message>
        <source>Show only the claims that have no speaker linked yet</source>
        <translation>عرض الادعاءات التي لم يُربط بها متحدث بعد فقط</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>السمات</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Change &amp;Label To</source>
        <translation>تغيير ال&amp;وسم إلى</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>وسم: %1</translation>
    </message>
    <message>
        <source>Mark the selection as %1 (%2)</source>
        <translation>وسم التحديد: %1 (%2)</translation>
    </message>
    <message>
        <source>Mark the selection as %1</source>
        <translation>وسم التحديد: %1</translation>
    </message>
    <message>
        <source>Key %1 of label %2 is the window&apos;s own.</source>
        <translation>المفتاح %1 للوسم %2 تستخدمه النافذة نفسها.</translation>
    </message>
    <message>
        <source>✓ saved %1</source>
        <translation>✓ حُفظ %1</translation>
    </message>
    <message>
        <source>Analyst: %1</source>
        <translation>المحلل: %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>تعيين الحالة: %1</translation>
    </message>
</context>
<context>
    <name>MarkAll</name>
    <message>
        <source>Mark all as %1</source>
        <translation>وسم الكل: %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Change &amp;Analyst Name…</source>
        <translation>تغيير اسم ال&amp;محلل…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;حذف التعليق</translation>
    </message>
    <message>
        <source>&amp;Snap to Whole Words</source>
        <translation>الالت&amp;قاط بكلمات كاملة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;Resize Annotation</source>
        <translation>تغيير &amp;حجم التعليق</translation>
    </message>
    <message>
        <source>Grow on the Left</source>
        <translation>توسيع من اليسار</translation>
    </message>
    <message>
        <source>Grow on the Right</source>
        <translation>توسيع من اليمين</translation>
    </message>
    <message>
        <source>Shrink on the Left</source>
        <translation>تقليص من اليسار</translation>
    </message>
    <message>
        <source>Shrink on the Right</source>
        <translation>تقليص من اليمين</translation>
    </message>
    <message>
        <source>Next Annotation</source>
        <translation>التعليق التالي</translation>
    </message>
    <message>
        <source>Previous Annotation</source>
        <translation>التعليق السابق</translation>
    </message>
    <message>
        <source>Su&amp;ggestions</source>
        <translation>الا&amp;قتراحات</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>ت&amp;وسيم</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>إعادة ضبط ال&amp;تكبير</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Annotator</source>
        <translation>&amp;عن Annotator</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>About Annotator</source>
        <translation>عن Annotator</translation>
    </message>
    <message>
        <source>Annotator: mark claims and speakers in Arabic text, offline.</source>
        <translation>Annotator: وسم الادعاءات والمتحدثين في النص العربي، دون اتصال بالإنترنت.</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Import &amp;Analysts&apos; Work…</source>
        <translation>استيراد عمل ال&amp;محللين…</translation>
    </message>
    <message>
        <source>Merge analysts&apos; project files into this project: same documents are matched by their text, everyone&apos;s annotations are kept under their own names</source>
        <translation>دمج ملفات مشاريع المحللين في هذا المشروع: تُطابَق المستندات نفسها بنصها، وتبقى تعليقات كل محلل باسمه</translation>
    </message>
    <message>
        <source>Import analysts&apos; work</source>
        <translation>استيراد عمل المحللين</translation>
    </message>
    <message>
        <source>Open or create a project before importing analysts&apos; work.</source>
        <translation>افتح مشروعًا أو أنشئه قبل استيراد عمل المحللين.</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>دمج</translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln files</source>
        <translation>
            <numerusform>لم يُدمج أي ملف</numerusform>
            <numerusform>دُمج ملف واحد</numerusform>
            <numerusform>دُمج ملفان</numerusform>
            <numerusform>دُمجت %Ln ملفات</numerusform>
            <numerusform>دُمج %Ln ملفًا</numerusform>
            <numerusform>دُمج %Ln ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new rows</source>
        <translation>
            <numerusform>لا صفوف جديدة</numerusform>
            <numerusform>صف جديد واحد</numerusform>
            <numerusform>صفان جديدان</numerusform>
            <numerusform>%Ln صفوف جديدة</numerusform>
            <numerusform>%Ln صفًا جديدًا</numerusform>
            <numerusform>%Ln صف جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln refused</source>
        <translation>
            <numerusform>؛ لم يُرفض شيء</numerusform>
            <numerusform>؛ رُفض واحد</numerusform>
            <numerusform>؛ رُفض اثنان</numerusform>
            <numerusform>؛ رُفضت %Ln</numerusform>
            <numerusform>؛ رُفض %Ln</numerusform>
            <numerusform>؛ رُفض %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysts&apos; work imported</source>
        <translation>اُستورد عمل المحللين</translation>
    </message>
</context>
<context>
    <name>MergeBatch</name>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>%1 new · %2 known</source>
        <translation>%1 جديد · %2 معروف</translation>
    </message>
    <message>
        <source>New rows were added; known ones (already in the project) were left as they are.</source>
        <translation>أُضيفت الصفوف الجديدة؛ وتُركت المعروفة (الموجودة في المشروع أصلًا) كما هي.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Refused (nothing taken from them):</source>
        <translation>مرفوضة (لم يُؤخذ منها شيء):</translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not merged.</source>
        <translation>أُلغي: لم تُدمج الملفات الباقية.</translation>
    </message>
</context>
<context>
    <name>OptionButtons</name>
    <message>
        <source>Exact</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>Match the characters exactly as stored: diacritics, letter forms, case</source>
        <translation>مطابقة الحروف تمامًا كما خُزِّنت: التشكيل وصور الحروف وحالة الأحرف</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>كلمة كاملة</translation>
    </message>
    <message>
        <source>Match whole words only</source>
        <translation>مطابقة الكلمات الكاملة فقط</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>تعبير نمطي</translation>
    </message>
    <message>
        <source>Read the query as a regular expression</source>
        <translation>قراءة الاستعلام تعبيرًا نمطيًا</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>Annotator projects (*.annotator);;All files (*)</source>
        <translation>مشاريع Annotator (*.annotator);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.jsonl *.csv *.tsv *.tab *.xlsx *.json *.docx *.html *.htm);;Texts (*.txt *.md);;Tables of posts (*.csv *.tsv *.tab *.xlsx *.json *.jsonl);;Word files (*.docx);;Web pages (*.html *.htm);;All files (*)</source>
        <translation>المستندات (*.txt *.md *.jsonl *.csv *.tsv *.tab *.xlsx *.json *.docx *.html *.htm);;النصوص (*.txt *.md);;جداول المنشورات (*.csv *.tsv *.tab *.xlsx *.json *.jsonl);;ملفات Word (*.docx);;صفحات الويب (*.html *.htm);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;حديث</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>&amp;استيراد مستندات…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <source>Write the whole project to one file you can copy or mail, even now</source>
        <translation>كتابة المشروع كله في ملف واحد يمكنك نسخه أو إرساله، حتى الآن</translation>
    </message>
    <message>
        <source>Show Project &amp;Folder</source>
        <translation>إظهار م&amp;جلد المشروع</translation>
    </message>
    <message>
        <source>Open the folder that holds this project&apos;s file</source>
        <translation>فتح المجلد الذي يضم ملف هذا المشروع</translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation>تصدير %1…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>فُتح %1</translation>
    </message>
    <message>
        <source>%1 is not a project and was not opened.</source>
        <translation>%1 ليس مشروعًا ولم يُفتح.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>افتح مشروعًا أولًا.</translation>
    </message>
    <message>
        <source>%1: cannot be shown (no file manager answered)</source>
        <translation>%1: تعذّر إظهاره (لم يستجب أي مدير ملفات)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>%1: already exists; open it or choose another name</source>
        <translation>%1: موجود أصلًا؛ افتحه أو اختر اسمًا آخر</translation>
    </message>
    <message>
        <source>Open a project before saving a copy of it.</source>
        <translation>افتح مشروعًا قبل حفظ نسخة منه.</translation>
    </message>
    <message>
        <source>Save a copy of the project</source>
        <translation>حفظ نسخة من المشروع</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>حُفظت نسخة في {path}</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>استيراد مستندات</translation>
    </message>
    <message>
        <source>Open or create a project before importing documents.</source>
        <translation>افتح مشروعًا أو أنشئه قبل استيراد المستندات.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
    <message>
        <source>Nothing imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Open a project before exporting.</source>
        <translation>افتح مشروعًا قبل التصدير.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>تصدير %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1</source>
        <translation>
            <numerusform>لم يُصدَّر أي صف إلى %1</numerusform>
            <numerusform>صُدِّر صف واحد إلى %1</numerusform>
            <numerusform>صُدِّر صفان إلى %1</numerusform>
            <numerusform>صُدِّرت %Ln صفوف إلى %1</numerusform>
            <numerusform>صُدِّر %Ln صفًا إلى %1</numerusform>
            <numerusform>صُدِّر %Ln صف إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>أسطر JSON (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <source>Read-only: {name} cannot be changed here ({reason}). You can read and export it; File → Save a Copy… makes a copy you can work on.</source>
        <translation>للقراءة فقط: لا يمكن تغيير {name} هنا ({reason}). يمكنك قراءته وتصديره؛ ملف ← حفظ نسخة… يصنع نسخة تعمل عليها.</translation>
    </message>
    <message>
        <source>{name} was moved, renamed or deleted while it was open: nothing more can be saved to it here. Open it again where it is now, or save a copy.</source>
        <translation>نُقل {name} أو غُيِّر اسمه أو حُذف وهو مفتوح: لا يمكن حفظ شيء آخر فيه من هنا. افتحه مجددًا من مكانه الحالي، أو احفظ نسخة.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>missing</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <source>label</source>
        <translation>وسم</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>حدود</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <source>marked by some analysts and not by others</source>
        <translation>وسمه بعض المحللين دون غيرهم</translation>
    </message>
    <message>
        <source>the same words with different labels</source>
        <translation>الكلمات نفسها بوسوم مختلفة</translation>
    </message>
    <message>
        <source>the same label over different stretches of text</source>
        <translation>الوسم نفسه على مقاطع مختلفة من النص</translation>
    </message>
    <message>
        <source>the same claim attributed to different speakers</source>
        <translation>الادعاء نفسه مسند إلى متحدثين مختلفين</translation>
    </message>
    <message>
        <source>Review mode shows every analyst&apos;s annotations of the document and marks where they disagree. Switch it on to adjudicate.</source>
        <translation>يعرض وضع المراجعة تعليقات كل المحللين على المستند ويُعلِّم مواضع الخلاف بينهم. شغّله للفصل بينها.</translation>
    </message>
    <message>
        <source>Untick an analyst to hide their annotations</source>
        <translation>ألغِ تحديد محلل لإخفاء تعليقاته</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>خلاف</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>المحللون</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Label the correction (E) gets</source>
        <translation>الوسم الذي يأخذه التصحيح (E)</translation>
    </message>
    <message>
        <source>Correct as:</source>
        <translation>التصحيح إلى:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>المستند:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>المشروع:</translation>
    </message>
    <message>
        <source>Analysts (untick to hide):</source>
        <translation>المحللون (ألغِ التحديد للإخفاء):</translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>لا مستندات</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%Ln مستندات</numerusform>
            <numerusform>%Ln مستندًا</numerusform>
            <numerusform>%Ln مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>Document fields answered differently: %1 in %2</source>
        <translation>حقول مستند اختلفت إجاباتها: %1 في %2</translation>
    </message>
    <message>
        <source>Fewer than two analysts annotated this document: nothing to compare.</source>
        <translation>وسَم هذا المستندَ أقلُّ من محللَين: لا شيء للمقارنة.</translation>
    </message>
    <message>
        <source>Disagreements: %1 open, %2 resolved</source>
        <translation>الخلافات: %1 مفتوح، %2 محسوم</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>رُوجع %1 من %2</translation>
    </message>
</context>
<context>
    <name>Reviewing</name>
    <message>
        <source>&amp;Review Mode</source>
        <translation>وضع ال&amp;مراجعة</translation>
    </message>
    <message>
        <source>Show every analyst&apos;s annotations and their disagreements (%1)</source>
        <translation>عرض تعليقات كل المحللين وخلافاتهم (%1)</translation>
    </message>
    <message>
        <source>&amp;Next Disagreement</source>
        <translation>الخلاف ال&amp;تالي</translation>
    </message>
    <message>
        <source>Next open disagreement</source>
        <translation>الخلاف المفتوح التالي</translation>
    </message>
    <message>
        <source>&amp;Previous Disagreement</source>
        <translation>الخلاف ال&amp;سابق</translation>
    </message>
    <message>
        <source>Previous open disagreement</source>
        <translation>الخلاف المفتوح السابق</translation>
    </message>
    <message>
        <source>&amp;Accept Annotation</source>
        <translation>&amp;قبول التعليق</translation>
    </message>
    <message>
        <source>Accept the selected annotation</source>
        <translation>قبول التعليق المحدد</translation>
    </message>
    <message>
        <source>Re&amp;ject Annotation</source>
        <translation>&amp;رفض التعليق</translation>
    </message>
    <message>
        <source>Reject the selected annotation</source>
        <translation>رفض التعليق المحدد</translation>
    </message>
    <message>
        <source>&amp;Correct with Selection</source>
        <translation>ت&amp;صحيح بالتحديد</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Prev</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>Replace the selected annotation by the text selection (or its own span), with the label chosen in the Review panel</source>
        <translation>استبدال التعليق المحدد بالنص المحدد (أو بمقطعه نفسه)، بالوسم المختار في لوحة المراجعة</translation>
    </message>
    <message>
        <source>Accept Spans Everyone A&amp;greed On</source>
        <translation>قبول المقاطع التي ا&amp;تفق عليها الجميع</translation>
    </message>
    <message>
        <source>Accept agreed</source>
        <translation>قبول المتفق عليه</translation>
    </message>
    <message>
        <source>Accept, once, every span all analysts of this document marked alike</source>
        <translation>قبول كل مقطع وسَمه جميع محللي هذا المستند بالطريقة نفسها، دفعة واحدة</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>ا&amp;تفاق المحللين…</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Agreement between analysts: F1, kappa, alpha, attribution</source>
        <translation>اتفاق المحللين: F1، كابا، ألفا، الإسناد</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>م&amp;راجعة</translation>
    </message>
    <message>
        <source>Review mode: on</source>
        <translation>وضع المراجعة: مُشغَّل</translation>
    </message>
    <message>
        <source>Review mode: off — switch on</source>
        <translation>وضع المراجعة: متوقف — شغّله</translation>
    </message>
    <message>
        <source>Review mode: %1 / %2 next or previous disagreement, %3 accept, %4 reject, %5 correct with the selection</source>
        <translation>وضع المراجعة: %1 / %2 الخلاف التالي أو السابق، %3 قبول، %4 رفض، %5 تصحيح بالتحديد</translation>
    </message>
    <message>
        <source>No disagreements in this document.</source>
        <translation>لا خلافات في هذا المستند.</translation>
    </message>
    <message>
        <source>Select an annotation first (N goes to the next disagreement).</source>
        <translation>حدِّد تعليقًا أولًا (N ينتقل إلى الخلاف التالي).</translation>
    </message>
    <message>
        <source>Already accepted.</source>
        <translation>مقبول أصلًا.</translation>
    </message>
    <message>
        <source>Already rejected.</source>
        <translation>مرفوض أصلًا.</translation>
    </message>
    <message>
        <source>Accepted: %1 by %2</source>
        <translation>قُبل: %1 من %2</translation>
    </message>
    <message>
        <source>Rejected: %1 by %2</source>
        <translation>رُفض: %1 من %2</translation>
    </message>
    <message>
        <source>The selection does not overlap the annotation being corrected; select the right words over it (or nothing, to change only its label).</source>
        <translation>التحديد لا يتداخل مع التعليق الجاري تصحيحه؛ حدِّد الكلمات الصحيحة فوقه (أو لا شيء، لتغيير وسمه فقط).</translation>
    </message>
    <message>
        <source>Corrected: %1 “%2”</source>
        <translation>صُحِّح: %1 «%2»</translation>
    </message>
    <message>
        <source>There is nothing left that every analyst marked alike.</source>
        <translation>لم يبق شيء وسَمه كل المحللين بالطريقة نفسها.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %Ln spans every analyst marked alike.</source>
        <translation>
            <numerusform>لم يُقبل أي مقطع وسَمه المحللون جميعًا بالطريقة نفسها.</numerusform>
            <numerusform>قُبل مقطع واحد وسَمه المحللون جميعًا بالطريقة نفسها.</numerusform>
            <numerusform>قُبل مقطعان وسَمهما المحللون جميعًا بالطريقة نفسها.</numerusform>
            <numerusform>قُبلت %Ln مقاطع وسَمها المحللون جميعًا بالطريقة نفسها.</numerusform>
            <numerusform>قُبل %Ln مقطعًا وسَمها المحللون جميعًا بالطريقة نفسها.</numerusform>
            <numerusform>قُبل %Ln مقطع وسَمها المحللون جميعًا بالطريقة نفسها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>افتح مشروعًا أولًا.</translation>
    </message>
</context>
<context>
    <name>SchemaDialog</name>
    <message>
        <source>Label schema (*.json);;All files (*)</source>
        <translation>مخطط الوسوم (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Label schema</source>
        <translation>مخطط الوسوم</translation>
    </message>
    <message>
        <source>&amp;Add label</source>
        <translation>إ&amp;ضافة وسم</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>إزالة الوسم</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>لأعلى</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>لأسفل</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>ال&amp;لون:</translation>
    </message>
    <message>
        <source>S&amp;hortcut:</source>
        <translation>ال&amp;مفتاح:</translation>
    </message>
    <message>
        <source>One letter or digit, Latin or Arabic (ا for ادعاء)</source>
        <translation>حرف واحد أو رقم، لاتيني أو عربي (ا لـادعاء)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>separated by commas: yes, no, unsure</source>
        <translation>مفصولة بفواصل: نعم، لا، غير متأكد</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>إضافة &amp;حقل</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>إزالة الحقل</translation>
    </message>
    <message>
        <source>Attribute fields</source>
        <translation>حقول السمات</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>ا&amp;ستيراد JSON…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;تصدير JSON…</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>لون الوسم</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ليس نصًّا بترميز UTF-8</translation>
    </message>
    <message>
        <source>Import label schema</source>
        <translation>استيراد مخطط الوسوم</translation>
    </message>
    <message>
        <source>Export label schema</source>
        <translation>تصدير مخطط الوسوم</translation>
    </message>
    <message>
        <source>Change label schema</source>
        <translation>تغيير مخطط الوسوم</translation>
    </message>
</context>
<context>
    <name>SchemaNames</name>
    <message>
        <source>claim</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>مؤشر الإسناد</translation>
    </message>
    <message>
        <source>verifiable</source>
        <translation>قابل للتحقق</translation>
    </message>
    <message>
        <source>likely false</source>
        <translation>مرجَّح الخطأ</translation>
    </message>
    <message>
        <source>harmful</source>
        <translation>ضار</translation>
    </message>
    <message>
        <source>check worthy</source>
        <translation>جدير بالتحقق</translation>
    </message>
    <message>
        <source>quote form</source>
        <translation>صيغة الاقتباس</translation>
    </message>
    <message>
        <source>contains claim</source>
        <translation>يتضمن ادعاءً</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>غير متأكد</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>غير مباشر</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>مؤسسة</translation>
    </message>
    <message>
        <source>media</source>
        <translation>وسيلة إعلام</translation>
    </message>
    <message>
        <source>document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>اختيار</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
</context>
<context>
    <name>SearchJob</name>
    <message>
        <source>The project could not be searched (%1).</source>
        <translation>تعذّر البحث في المشروع (%1).</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the project</source>
        <translation>البحث في المشروع</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>في أي مكان</translation>
    </message>
    <message>
        <source>Inside a claim</source>
        <translation>داخل ادعاء</translation>
    </message>
    <message>
        <source>Inside a speaker mention</source>
        <translation>داخل إشارة إلى متحدث</translation>
    </message>
    <message>
        <source>Not yet marked</source>
        <translation>غير موسوم بعد</translation>
    </message>
    <message>
        <source>Mark all</source>
        <translation>وسم الكل</translation>
    </message>
    <message>
        <source>Mark the selected hits, or every listed hit, with this label (one undo)</source>
        <translation>وسم النتائج المحددة، أو كل النتائج المسرودة، بهذا الوسم (تراجع واحد)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hits</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>لا مستندات</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%Ln مستندات</numerusform>
            <numerusform>%Ln مستندًا</numerusform>
            <numerusform>%Ln مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1, in %2</source>
        <translation>أول %1، في %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>All %1 hits are marked as %2 already.</source>
        <translation>كل النتائج (%1) موسومة بـ«%2» أصلًا.</translation>
    </message>
    <message>
        <source>Marked %1 hits as %2; %3 were marked already.</source>
        <translation>وُسم %1 من النتائج بـ«%2»؛ و%3 كانت موسومة أصلًا.</translation>
    </message>
</context>
<context>
    <name>Searching</name>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>ب&amp;حث…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Search Project…</source>
        <translation>البحث في ال&amp;مشروع…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>no project is open</source>
        <translation>لا مشروع مفتوح</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>افتح مشروعًا أولًا.</translation>
    </message>
</context>
<context>
    <name>SpeakerDialogs</name>
    <message>
        <source>Merge speakers</source>
        <translation>دمج المتحدثين</translation>
    </message>
    <message>
        <source>Keep this speaker; the others become its mentions:</source>
        <translation>أبقِ هذا المتحدث؛ ويصبح الآخرون إشارات إليه:</translation>
    </message>
</context>
<context>
    <name>SpeakerPicker</name>
    <message>
        <source>Choose the speaker</source>
        <translation>اختر المتحدث</translation>
    </message>
    <message>
        <source>Choose the cue</source>
        <translation>اختر مؤشر الإسناد</translation>
    </message>
    <message>
        <source>already linked to this claim</source>
        <translation>مربوط بهذا الادعاء أصلًا</translation>
    </message>
    <message>
        <source>type to filter</source>
        <translation>اكتب للتصفية…</translation>
    </message>
    <message>
        <source>No mention to choose in this document: mark one first (S).</source>
        <translation>لا إشارة للاختيار في هذا المستند: وسِم واحدة أولًا (S).</translation>
    </message>
    <message>
        <source>No mention matches.</source>
        <translation>لا إشارة مطابقة.</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Filter speakers</source>
        <translation>تصفية المتحدثين</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>إعادة ت&amp;سمية</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>&amp;فصل…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Claims of the selected speaker</source>
        <translation>ادعاءات المتحدث المحدد</translation>
    </message>
    <message>
        <source>Select one speaker to list their claims.</source>
        <translation>حدِّد متحدثًا واحدًا لسرد ادعاءاته.</translation>
    </message>
    <message>
        <source>Claims of %1</source>
        <translation>ادعاءات %1</translation>
    </message>
    <message>
        <source>Mentions: %1</source>
        <translation>الإشارات: %1</translation>
    </message>
    <message>
        <source>No mentions</source>
        <translation>لا إشارات</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln speakers</source>
        <translation>
            <numerusform>حذف لا متحدثين</numerusform>
            <numerusform>حذف متحدث واحد</numerusform>
            <numerusform>حذف متحدثَين</numerusform>
            <numerusform>حذف %Ln متحدثين</numerusform>
            <numerusform>حذف %Ln متحدثًا</numerusform>
            <numerusform>حذف %Ln متحدث</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split speaker</source>
        <translation>فصل المتحدث</translation>
    </message>
    <message>
        <source>name of the new speaker</source>
        <translation>اسم المتحدث الجديد</translation>
    </message>
    <message>
        <source>Tick the mentions of «%1» that are someone else:</source>
        <translation>حدِّد إشارات «%1» التي تعود إلى شخص آخر:</translation>
    </message>
    <message>
        <source>New &amp;speaker:</source>
        <translation>متحدث &amp;جديد:</translation>
    </message>
</context>
<context>
    <name>Suggesting</name>
    <message>
        <source>Show &amp;Suggestions</source>
        <translation>إظهار الا&amp;قتراحات</translation>
    </message>
    <message>
        <source>Suggest cues, speakers and claims in this project</source>
        <translation>اقتراح مؤشرات الإسناد والمتحدثين والادعاءات في هذا المشروع</translation>
    </message>
    <message>
        <source>&amp;Next Suggestion</source>
        <translation>الاقتراح ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous Suggestion</source>
        <translation>الاقتراح ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>&amp;قبول الاقتراح</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation>&amp;رفض الاقتراح</translation>
    </message>
    <message>
        <source>Accept Suggestions of the Sente&amp;nce</source>
        <translation>قبول اقتراحات ال&amp;جملة</translation>
    </message>
    <message>
        <source>Load Suggestion &amp;Lexicon…</source>
        <translation>تحميل &amp;معجم الاقتراحات…</translation>
    </message>
    <message>
        <source>Suggestion Lexicon</source>
        <translation>معجم الاقتراحات</translation>
    </message>
    <message>
        <source>Lexicon (*.json)</source>
        <translation>معجم (*.json)</translation>
    </message>
    <message>
        <source>No suggestions in this document.</source>
        <translation>لا اقتراحات في هذا المستند.</translation>
    </message>
    <message>
        <source>Suggestions are still being computed.</source>
        <translation>ما زالت الاقتراحات قيد الحساب.</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>مؤشر الإسناد</translation>
    </message>
    <message>
        <source>Suggestion ({0} of {1}) — {2}</source>
        <translation>اقتراح ({0} من {1}) — {2}</translation>
    </message>
    <message>
        <source>Press F8 to go to a suggestion first.</source>
        <translation>اضغط F8 للانتقال إلى اقتراح أولًا.</translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <source>Import table %1</source>
        <translation>استيراد الجدول %1</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>ال&amp;ورقة:</translation>
    </message>
    <message>
        <source>&amp;Text column:</source>
        <translation>عمود ال&amp;نص:</translation>
    </message>
    <message>
        <source>&amp;Id column:</source>
        <translation>عمود ال&amp;معرِّف:</translation>
    </message>
    <message>
        <source>T&amp;itle column:</source>
        <translation>عمود ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>The first %1 rows. Every other column is kept with each document.</source>
        <translation>أول %1 من الصفوف. تُحفظ كل الأعمدة الأخرى مع كل مستند.</translation>
    </message>
    <message>
        <source>This table has no column to take the text from.</source>
        <translation>لا عمود في هذا الجدول يُؤخذ منه النص.</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Annotations CSV</source>
        <translation>التعليقات بصيغة CSV</translation>
    </message>
    <message>
        <source>Claims CSV (one row per claim)</source>
        <translation>الادعاءات بصيغة CSV (صف لكل ادعاء)</translation>
    </message>
    <message>
        <source>Documents CSV (one row per document)</source>
        <translation>المستندات بصيغة CSV (صف لكل مستند)</translation>
    </message>
    <message>
        <source>doccano JSONL</source>
        <translation>JSONL بصيغة doccano</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>%1 %2 (%3 of %4)…</source>
        <translation>%1 %2 (%3 من %4)…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Importing the rows of %1…</source>
        <translation>استيراد صفوف %1…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>التصدير إلى %1…</translation>
    </message>
    <message>
        <source>lines written: %1</source>
        <translation>الأسطر المكتوبة: %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>Mark document %1</source>
        <translation>تعيين حالة المستند: %1</translation>
    </message>
    <message>
        <source>Attribute claim</source>
        <translation>إسناد ادعاء</translation>
    </message>
    <message>
        <source>Link claim to cue</source>
        <translation>ربط ادعاء بمؤشر إسناد</translation>
    </message>
    <message>
        <source>Remove attribution</source>
        <translation>إزالة الإسناد</translation>
    </message>
    <message>
        <source>Group speaker mention</source>
        <translation>تجميع إشارة متحدث</translation>
    </message>
    <message>
        <source>Ungroup speaker mention</source>
        <translation>فك تجميع إشارة متحدث</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>متحدث جديد</translation>
    </message>
    <message>
        <source>Merge speakers</source>
        <translation>دمج المتحدثين</translation>
    </message>
    <message>
        <source>Split speaker</source>
        <translation>فصل المتحدث</translation>
    </message>
    <message>
        <source>Delete speaker</source>
        <translation>حذف متحدث</translation>
    </message>
    <message>
        <source>Rename speaker</source>
        <translation>إعادة تسمية متحدث</translation>
    </message>
    <message>
        <source>Edit speaker</source>
        <translation>تحرير متحدث</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>تحرير ملاحظة</translation>
    </message>
    <message>
        <source>Edit attributes</source>
        <translation>تحرير السمات</translation>
    </message>
    <message>
        <source>Change label schema</source>
        <translation>تغيير مخطط الوسوم</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>تعيين %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>مسح %1</translation>
    </message>
    <message>
        <source>Change document fields</source>
        <translation>تغيير حقول المستند</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>قبول %1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>رفض %1</translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation>تصحيح %1</translation>
    </message>
    <message>
        <source>Accept agreed spans</source>
        <translation>قبول المقاطع المتفق عليها</translation>
    </message>
</context>
<context>
    <name>_DeleteSpeakerDialog</name>
    <message>
        <source>Delete speaker mention</source>
        <translation>حذف إشارة المتحدث</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claims are attributed to «%1». What should happen to them?</source>
        <translation>
            <numerusform>لا ادعاءات مسندة إلى «%1».</numerusform>
            <numerusform>ادعاء واحد مسند إلى «%1». ماذا يحدث له؟</numerusform>
            <numerusform>ادعاءان مسندان إلى «%1». ماذا يحدث لهما؟</numerusform>
            <numerusform>%Ln ادعاءات مسندة إلى «%1». ماذا يحدث لها؟</numerusform>
            <numerusform>%Ln ادعاءً مسندًا إلى «%1». ماذا يحدث لها؟</numerusform>
            <numerusform>%Ln ادعاء مسند إلى «%1». ماذا يحدث لها؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Re-attribute them to</source>
        <translation>
            <numerusform>إعادة إ&amp;سنادها إلى</numerusform>
            <numerusform>إعادة إ&amp;سناده إلى</numerusform>
            <numerusform>إعادة إ&amp;سنادهما إلى</numerusform>
            <numerusform>إعادة إ&amp;سنادها إلى</numerusform>
            <numerusform>إعادة إ&amp;سنادها إلى</numerusform>
            <numerusform>إعادة إ&amp;سنادها إلى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete and leave them without a speaker</source>
        <translation>
            <numerusform>&amp;حذف وتركها بلا متحدث</numerusform>
            <numerusform>&amp;حذف وتركه بلا متحدث</numerusform>
            <numerusform>&amp;حذف وتركهما بلا متحدث</numerusform>
            <numerusform>&amp;حذف وتركها بلا متحدث</numerusform>
            <numerusform>&amp;حذف وتركها بلا متحدث</numerusform>
            <numerusform>&amp;حذف وتركها بلا متحدث</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>no other mention of this speaker in the document</source>
        <translation>لا إشارة أخرى إلى هذا المتحدث في المستند</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Something went wrong inside Annotator (%1). Your saved work is safe; the last action may not have completed.</source>
        <translation>حدث خطأ داخل Annotator (%1). عملك المحفوظ في أمان؛ وربما لم يكتمل الإجراء الأخير.</translation>
    </message>
    <message>
        <source>Your name as an analyst (recorded on every annotation you make):</source>
        <translation>اسمك محللًا (يُسجَّل على كل تعليق تضعه):</translation>
    </message>
    <message>
        <source>%1 is a text file, not an annotator project. Make a project from it?</source>
        <translation>%1 ملف نصي، لا مشروع Annotator. أتصنع منه مشروعًا؟</translation>
    </message>
    <message>
        <source>The project keeps its own copy of the text; %1 is never changed.</source>
        <translation>يحتفظ المشروع بنسخته من النص؛ ولا يتغير %1 أبدًا.</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>إضافة إلى %1</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>إنشاء %1</translation>
    </message>
    <message>
        <source>Choose Location…</source>
        <translation>اختيار المكان…</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Annotator projects (*.annotator)</source>
        <translation>مشاريع Annotator (*.annotator)</translation>
    </message>
</context>
</TS>
