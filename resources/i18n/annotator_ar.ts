<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="63"/>
        <source>All measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="64"/>
        <source>Pairs of analysts are compared over the documents both worked on; * means all labels or all analysts together. n/a: the measure is undefined there (no spans, or no variation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="137"/>
        <source>Agreement between analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="142"/>
        <source>Whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="144"/>
        <source>This document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="167"/>
        <source>&amp;Copy as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="168"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="177"/>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="179"/>
        <source>Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="220"/>
        <source>No figures: agreement needs at least two analysts who annotated the same document. Import their work with File → Import Analysts&apos; Work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="225"/>
        <source>%1 of %2 figures shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="235"/>
        <source>Only %1 has annotated here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="237"/>
        <source>Nobody has annotated here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="242"/>
        <source>Agreement compares two or more analysts: each annotates the documents in a project file of their own, then their files are merged into one project with File → Import Analysts&apos; Work… (or annotator merge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="266"/>
        <source>Copied %Ln rows as CSV.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="276"/>
        <source>Export agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="49"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="50"/>
        <source>Analyst A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="51"/>
        <source>Analyst B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="52"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="53"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="56"/>
        <source>f1_exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="57"/>
        <source>f1_overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="58"/>
        <source>cohen_kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="59"/>
        <source>krippendorff_alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="60"/>
        <source>attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="78"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="116"/>
        <source>* stands for all labels (label) or all analysts together (analysts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annotating</name>
    <message>
        <location filename="../../annotator/gui/viewer/annotating.py" line="91"/>
        <source>Open a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/viewer/annotating.py" line="95"/>
        <source>Select some text first, then press the label&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/viewer/annotating.py" line="102"/>
        <source>Saved: %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/viewer/annotating.py" line="138"/>
        <source>Change to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/viewer/annotating.py" line="144"/>
        <location filename="../../annotator/gui/viewer/annotating.py" line="168"/>
        <source>No annotation is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/viewer/annotating.py" line="154"/>
        <source>Deleted %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/viewer/annotating.py" line="175"/>
        <source>Cannot grow it further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/viewer/annotating.py" line="175"/>
        <source>Cannot shrink it further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/viewer/annotating.py" line="179"/>
        <source>Grow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/viewer/annotating.py" line="179"/>
        <source>Shrink %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <location filename="../../annotator/gui/tables/annotation_model.py" line="36"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/tables/annotation_model.py" line="37"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/tables/annotation_model.py" line="38"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/tables/annotation_model.py" line="39"/>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributeForm</name>
    <message>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="49"/>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="55"/>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="113"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="50"/>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="51"/>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="56"/>
        <source>Claims attributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="52"/>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="57"/>
        <source>Claims with this cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="59"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="74"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="75"/>
        <location filename="../../annotator/gui/tables/document_model.py" line="126"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="105"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="107"/>
        <source>Note (&amp;0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="118"/>
        <source>Attribute… (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="119"/>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="232"/>
        <source>No annotation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="262"/>
        <source>Speaker: not grouped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="266"/>
        <source>Speaker (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/annotation_form.py" line="301"/>
        <source>No speaker yet: press A</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attributing</name>
    <message>
        <location filename="../../annotator/gui/attribution/controller.py" line="84"/>
        <source>&amp;Attribute Claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/controller.py" line="86"/>
        <source>Choose the speaker of the current claim (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/controller.py" line="90"/>
        <source>Link Claim to &amp;Cue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/controller.py" line="92"/>
        <source>Choose the reporting expression of the current claim (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/controller.py" line="98"/>
        <source>&amp;Link Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/controller.py" line="101"/>
        <source>Click speakers and cues to link or unlink the current claim (%1; Esc leaves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/controller.py" line="107"/>
        <source>Leave Link Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/controller.py" line="110"/>
        <source>Label &amp;Schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/controller.py" line="112"/>
        <source>Labels, colours, keys and attribute fields; import or export them as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/controller.py" line="179"/>
        <source>Select a claim first, then press A to choose its speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/controller.py" line="221"/>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/controller.py" line="242"/>
        <source>Link mode: click a speaker or cue to link or unlink the current claim; click a claim to make it current; Esc leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/controller.py" line="270"/>
        <source>Link mode: click a claim first, then its speakers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/controller.py" line="303"/>
        <source>No speaker yet (press A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/attribution/controller.py" line="308"/>
        <source>%Ln claims</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/controller.py" line="331"/>
        <source>Speaker: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteSpeaker</name>
    <message>
        <location filename="../../annotator/gui/attribution/actions.py" line="235"/>
        <location filename="../../annotator/gui/attribution/actions.py" line="245"/>
        <source>Delete speaker mention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentFieldsEditor</name>
    <message>
        <location filename="../../annotator/gui/labels/document_fields_editor.py" line="34"/>
        <source>Document fields (asked once per document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/document_fields_editor.py" line="37"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/document_fields_editor.py" line="37"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/document_fields_editor.py" line="37"/>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/document_fields_editor.py" line="43"/>
        <source>Add document field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/document_fields_editor.py" line="43"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentFilter</name>
    <message>
        <location filename="../../annotator/gui/tables/document_filter.py" line="39"/>
        <source>Filter: words in title, metadata or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/tables/document_filter.py" line="58"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/tables/document_filter.py" line="59"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/tables/document_filter.py" line="60"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/tables/document_filter.py" line="61"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/tables/document_filter.py" line="62"/>
        <source>No annotations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/tables/document_filter.py" line="63"/>
        <source>Analysts disagree on a field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../annotator/gui/tables/document_model.py" line="36"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/tables/document_model.py" line="37"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/tables/document_model.py" line="38"/>
        <source>No speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/tables/document_model.py" line="39"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/tables/document_model.py" line="40"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/tables/document_model.py" line="86"/>
        <source>Claims that have no speaker linked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/tables/document_model.py" line="110"/>
        <source>%Ln claims without a speaker</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../annotator/gui/documents/document_panel.py" line="53"/>
        <source>Document fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/documents/document_panel.py" line="55"/>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/documents/document_panel.py" line="70"/>
        <source>Document field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/documents/document_panel.py" line="156"/>
        <source>(no file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/documents/document_panel.py" line="158"/>
        <source>From %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/documents/document_panel.py" line="160"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentWalker</name>
    <message>
        <location filename="../../annotator/gui/documents/walking.py" line="31"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/documents/walking.py" line="42"/>
        <source>&amp;Next Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/documents/walking.py" line="45"/>
        <source>&amp;Previous Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/documents/walking.py" line="48"/>
        <source>Mark &amp;Done and Open Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityProposalDialog</name>
    <message>
        <location filename="../../annotator/gui/attribution/speaker_picker.py" line="287"/>
        <source>Same speaker?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/speaker_picker.py" line="290"/>
        <source>Is «%1» one of these speakers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/speaker_picker.py" line="305"/>
        <source>Same speaker (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/speaker_picker.py" line="307"/>
        <source>New speaker (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/speaker_picker.py" line="309"/>
        <source>Leave ungrouped (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <location filename="../../annotator/gui/speakers/speaker_table.py" line="39"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speakers/speaker_table.py" line="40"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speakers/speaker_table.py" line="41"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speakers/speaker_table.py" line="42"/>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speakers/speaker_table.py" line="43"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../annotator/gui/search/find_bar.py" line="54"/>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/find_bar.py" line="60"/>
        <source>Previous hit (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/find_bar.py" line="61"/>
        <source>Next hit (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/find_bar.py" line="62"/>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/find_bar.py" line="194"/>
        <source>Cannot search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/find_bar.py" line="201"/>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/find_bar.py" line="207"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../annotator/gui/app.py" line="40"/>
        <source>Sample: bread subsidy plan (news article)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HintBar</name>
    <message>
        <location filename="../../annotator/gui/viewer/hint.py" line="53"/>
        <source>No project is open: File → Open Project… opens one, File → New Project… makes one, then File → Import Documents… (Ctrl+I) brings in a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/viewer/hint.py" line="58"/>
        <source>This project has no documents yet: File → Import Documents… (Ctrl+I), or drop text files on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/viewer/hint.py" line="65"/>
        <source>Select text and mark it from the Annotate menu; F1 lists every key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/viewer/hint.py" line="67"/>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/viewer/hint.py" line="71"/>
        <source>Select text, then press %1 to mark it; F1 lists every key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../annotator/gui/window/language.py" line="125"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/language.py" line="132"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/language.py" line="137"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/language.py" line="148"/>
        <source>&amp;Western Digits (0123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/language.py" line="152"/>
        <source>Write numbers with Western digits in the Arabic interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/language.py" line="174"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/language.py" line="175"/>
        <source>The new setting applies when Annotator starts again. Every edit is already saved, so restarting now loses nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/language.py" line="183"/>
        <source>Restart &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/language.py" line="184"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/gui/window/main_window.py" line="127"/>
        <location filename="../../annotator/gui/window/main_window.py" line="427"/>
        <source>Only claims without a speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/main_window.py" line="129"/>
        <source>Show only the claims that have no speaker linked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/main_window.py" line="136"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/main_window.py" line="141"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/main_window.py" line="146"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/main_window.py" line="151"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/main_window.py" line="156"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/main_window.py" line="177"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/main_window.py" line="198"/>
        <source>Change &amp;Label To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/main_window.py" line="365"/>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/main_window.py" line="369"/>
        <source>Mark the selection as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/main_window.py" line="372"/>
        <source>Mark the selection as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/main_window.py" line="375"/>
        <source>Key %1 of label %2 is the window&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/main_window.py" line="419"/>
        <source>✓ saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/main_window.py" line="435"/>
        <source>Analyst: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/main_window.py" line="435"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/main_window.py" line="481"/>
        <source>Mark %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkAll</name>
    <message>
        <location filename="../../annotator/gui/search/mark_all.py" line="27"/>
        <source>Mark all as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="28"/>
        <source>
&lt;h3&gt;Annotating&lt;/h3&gt;
&lt;p&gt;Select text with the mouse or with Shift+arrow keys, then press a label key
(&lt;b&gt;C&lt;/b&gt; claim, &lt;b&gt;S&lt;/b&gt; speaker, &lt;b&gt;Q&lt;/b&gt; cue, or the keys of your schema).
Selections snap to whole words unless Edit → Snap to Whole Words is off; they never split a
letter from its marks, an emoji or a flag.&lt;/p&gt;
&lt;table cellspacing=&quot;6&quot;&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;attribute the current claim: choose its speaker (nearest first,
type to filter, Enter to choose)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;link the current claim to its cue (قال، أكد…)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;link mode: click speakers and cues to link or unlink the current
claim, click a claim to make it current; &lt;b&gt;Esc&lt;/b&gt; leaves it&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;delete the current annotation (a speaker with claims asks
what becomes of them)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous annotation (in the text)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Shift+Left&lt;/b&gt;&lt;/td&gt;&lt;td&gt;grow the current annotation by a word on its left&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Shift+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;grow it by a word on its right side&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Left&lt;/b&gt;&lt;/td&gt;&lt;td&gt;shrink it by a word on its left side&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;shrink it by a word on its right side&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;find in the document, whatever the diacritics and letter
forms; &lt;b&gt;Enter&lt;/b&gt; / &lt;b&gt;Shift+Enter&lt;/b&gt; (or &lt;b&gt;F3&lt;/b&gt; / &lt;b&gt;Shift+F3&lt;/b&gt;) next / previous hit,
&lt;b&gt;Esc&lt;/b&gt; closes and leaves the hit selected for a label key&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search the whole project; &lt;b&gt;Mark all&lt;/b&gt; marks every
hit with a label in one undoable step&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo any edit&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+plus&lt;/b&gt; / &lt;b&gt;Ctrl+minus&lt;/b&gt; / &lt;b&gt;Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom in / out / reset&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;Left and right are the sides of the screen. In an Arabic (right-to-left) paragraph the
left side of a span is its &lt;i&gt;end&lt;/i&gt; (the words that follow it) and the right side its
&lt;i&gt;start&lt;/i&gt;; in an English paragraph it is the other way round. So Alt+Shift+Left in Arabic
takes in the next word, as the eye reads on.&lt;/p&gt;
&lt;p&gt;Click a highlight to select it; click again on the same place to step out to a span that
encloses it. The current claim&apos;s speakers and cue are outlined with dashes (a speaker&apos;s
claims, when a speaker is current). Every change is saved at once: there is no Save
button.&lt;/p&gt;
&lt;p&gt;In the Speakers panel: &lt;b&gt;F2&lt;/b&gt; renames, &lt;b&gt;Delete&lt;/b&gt; deletes the selected speakers
(their mentions stay). In the Attributes form: &lt;b&gt;Alt+1&lt;/b&gt;…&lt;b&gt;Alt+9&lt;/b&gt; go to a field,
&lt;b&gt;Alt+0&lt;/b&gt; to the note.&lt;/p&gt;
&lt;p&gt;With an Arabic keyboard layout, every letter key also answers to the Arabic letter on the
same key: &lt;b&gt;ؤ&lt;/b&gt; marks a claim like &lt;b&gt;C&lt;/b&gt;, &lt;b&gt;ش&lt;/b&gt; attributes like &lt;b&gt;A&lt;/b&gt;.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="73"/>
        <source>
&lt;p&gt;The letter keys work only in review mode, where they win over &lt;b&gt;A&lt;/b&gt; (attribute) and a
label key on the same letter; in a text field (a note, a filter) letters are typed as usual.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="98"/>
        <source>%1 on / off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="104"/>
        <source>Reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="131"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="146"/>
        <source>Change &amp;Analyst Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="150"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="154"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="157"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="163"/>
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="177"/>
        <source>&amp;Snap to Whole Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="184"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="189"/>
        <source>&amp;Resize Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="192"/>
        <source>Grow on the Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="199"/>
        <source>Grow on the Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="206"/>
        <source>Shrink on the Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="213"/>
        <source>Shrink on the Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="218"/>
        <source>Next Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="220"/>
        <source>Previous Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="225"/>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="228"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="230"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="237"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="246"/>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="257"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="260"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="265"/>
        <source>&amp;About Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="267"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="272"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="274"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="307"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="315"/>
        <source>About Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="316"/>
        <source>Annotator: mark claims and speakers in Arabic text, offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <location filename="../../annotator/gui/review/merge_actions.py" line="88"/>
        <source>Import &amp;Analysts&apos; Work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/merge_actions.py" line="91"/>
        <source>Merge analysts&apos; project files into this project: same documents are matched by their text, everyone&apos;s annotations are kept under their own names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/merge_actions.py" line="101"/>
        <source>Import analysts&apos; work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/merge_actions.py" line="113"/>
        <source>Open or create a project before importing analysts&apos; work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/merge_actions.py" line="118"/>
        <source>Merging</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/review/merge_actions.py" line="138"/>
        <source>Merged %Ln files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/review/merge_actions.py" line="140"/>
        <source>%Ln new rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/review/merge_actions.py" line="141"/>
        <source>; %Ln refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/merge_actions.py" line="149"/>
        <source>Analysts&apos; work imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeBatch</name>
    <message>
        <location filename="../../annotator/gui/review/merge_actions.py" line="27"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/merge_actions.py" line="28"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/merge_actions.py" line="29"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/merge_actions.py" line="30"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/merge_actions.py" line="46"/>
        <source>%1 new · %2 known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/merge_actions.py" line="58"/>
        <source>New rows were added; known ones (already in the project) were left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/merge_actions.py" line="62"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/merge_actions.py" line="70"/>
        <source>Refused (nothing taken from them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/merge_actions.py" line="73"/>
        <source>Cancelled: the remaining files were not merged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionButtons</name>
    <message>
        <location filename="../../annotator/gui/search/options.py" line="22"/>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/options.py" line="23"/>
        <source>Match the characters exactly as stored: diacritics, letter forms, case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/options.py" line="25"/>
        <source>Whole word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/options.py" line="25"/>
        <source>Match whole words only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/options.py" line="27"/>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/options.py" line="27"/>
        <source>Read the query as a regular expression</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="30"/>
        <source>Annotator projects (*.annotator);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="33"/>
        <source>Documents (*.txt *.md *.jsonl *.csv *.tsv *.tab *.xlsx *.json *.docx *.html *.htm);;Texts (*.txt *.md);;Tables of posts (*.csv *.tsv *.tab *.xlsx *.json *.jsonl);;Word files (*.docx);;Web pages (*.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="51"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="61"/>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="62"/>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="63"/>
        <source>&amp;Import Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="64"/>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="66"/>
        <source>Write the whole project to one file you can copy or mail, even now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="68"/>
        <source>Show Project &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="69"/>
        <source>Open the folder that holds this project&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="72"/>
        <source>Export %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="96"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="107"/>
        <source>%1 is not a project and was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="129"/>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="134"/>
        <source>%1: cannot be shown (no file manager answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="139"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="147"/>
        <source>%1: already exists; open it or choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="155"/>
        <source>Open a project before saving a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="160"/>
        <source>Save a copy of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="175"/>
        <source>Saved a copy to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="180"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="192"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="198"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="207"/>
        <source>Open or create a project before importing documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="218"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="219"/>
        <source>Nothing imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="245"/>
        <source>Open a project before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="252"/>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="263"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/files/project_actions.py" line="265"/>
        <source>Exported %Ln rows to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/transfers.py" line="27"/>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="278"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/transfers.py" line="42"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <location filename="../../annotator/gui/files/saving.py" line="103"/>
        <source>Read-only: {name} cannot be changed here ({reason}). You can read and export it; File → Save a Copy… makes a copy you can work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/saving.py" line="108"/>
        <source>{name} was moved, renamed or deleted while it was open: nothing more can be saved to it here. Open it again where it is now, or save a copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="39"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="40"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="41"/>
        <source>boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="42"/>
        <source>attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="45"/>
        <source>marked by some analysts and not by others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="46"/>
        <source>the same words with different labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="47"/>
        <source>the same label over different stretches of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="48"/>
        <source>the same claim attributed to different speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="112"/>
        <source>Review mode shows every analyst&apos;s annotations of the document and marks where they disagree. Switch it on to adjudicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="125"/>
        <source>Untick an analyst to hide their annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="129"/>
        <source>disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="130"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="131"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="132"/>
        <source>correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="144"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="144"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="144"/>
        <source>Analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="158"/>
        <source>Label the correction (E) gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="174"/>
        <source>Correct as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="179"/>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="181"/>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="188"/>
        <source>Analysts (untick to hide):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="291"/>
        <source>Fewer than two analysts annotated this document: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="295"/>
        <source>Disagreements: %1 open, %2 resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/panel.py" line="305"/>
        <source>%1 of %2 reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reviewing</name>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="93"/>
        <source>&amp;Review Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="98"/>
        <source>Show every analyst&apos;s annotations and their disagreements (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="108"/>
        <source>&amp;Next Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="109"/>
        <source>Next (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="111"/>
        <source>Next open disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="115"/>
        <source>&amp;Previous Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="116"/>
        <source>Prev (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="118"/>
        <source>Previous open disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="122"/>
        <source>&amp;Accept Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="123"/>
        <source>Accept (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="125"/>
        <source>Accept the selected annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="129"/>
        <source>Re&amp;ject Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="130"/>
        <source>Reject (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="132"/>
        <source>Reject the selected annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="136"/>
        <source>&amp;Correct with Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="137"/>
        <source>Correct (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="140"/>
        <source>Replace the selected annotation by the text selection (or its own span), with the label chosen in the Review panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="146"/>
        <source>Accept Spans Everyone A&amp;greed On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="147"/>
        <source>Accept agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="149"/>
        <source>Accept, once, every span all analysts of this document marked alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="153"/>
        <source>A&amp;greement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="154"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="156"/>
        <source>Agreement between analysts: F1, kappa, alpha, attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="161"/>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="184"/>
        <source>Review mode: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="184"/>
        <source>Review mode: off — switch on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="193"/>
        <source>Review mode: N / P next or previous disagreement, A accept, R reject, E correct with the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="217"/>
        <source>No disagreements in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="265"/>
        <source>Select an annotation first (N goes to the next disagreement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="281"/>
        <source>Already accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="282"/>
        <source>Already rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="289"/>
        <source>Accepted: %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="290"/>
        <source>Rejected: %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="318"/>
        <source>The selection does not overlap the annotation being corrected; select the right words over it (or nothing, to change only its label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="326"/>
        <source>Corrected: %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/review/controller.py" line="336"/>
        <source>Accepted %Ln spans every analyst marked alike.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/controller.py" line="343"/>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaDialog</name>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="63"/>
        <source>Label schema (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="107"/>
        <source>Label schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="114"/>
        <source>&amp;Add label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="115"/>
        <source>Remove label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="117"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="117"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="134"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="135"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="136"/>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="137"/>
        <source>S&amp;hortcut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="138"/>
        <source>One letter or digit, Latin or Arabic (ا for ادعاء)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="142"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="142"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="142"/>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="145"/>
        <source>separated by commas: yes, no, unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="151"/>
        <source>Add &amp;field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="152"/>
        <source>Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="153"/>
        <source>Attribute fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="171"/>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="174"/>
        <source>&amp;Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="251"/>
        <source>Label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="322"/>
        <source>is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="348"/>
        <source>Import label schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="355"/>
        <source>Export label schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/label_schema_dialog.py" line="381"/>
        <source>Change label schema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaNames</name>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="19"/>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="20"/>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="21"/>
        <source>cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="22"/>
        <source>verifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="23"/>
        <source>likely false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="24"/>
        <source>harmful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="25"/>
        <source>check worthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="26"/>
        <source>quote form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="27"/>
        <source>contains claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="28"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="29"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="30"/>
        <source>unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="31"/>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="32"/>
        <source>indirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="33"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="34"/>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="35"/>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="36"/>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="37"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="38"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="39"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="40"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="41"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="42"/>
        <source>choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/names.py" line="43"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../annotator/gui/search/panel.py" line="70"/>
        <source>Search the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/panel.py" line="77"/>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/panel.py" line="78"/>
        <source>Inside a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/panel.py" line="79"/>
        <source>Inside a speaker mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/panel.py" line="80"/>
        <source>Not yet marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/panel.py" line="96"/>
        <source>Mark all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/panel.py" line="98"/>
        <source>Mark the selected hits, or every listed hit, with this label (one undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/panel.py" line="170"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/panel.py" line="184"/>
        <source>%1 hits in %2 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/panel.py" line="186"/>
        <source>the first %1 hits, in %2 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/panel.py" line="232"/>
        <source>All %1 hits are marked as %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/panel.py" line="257"/>
        <source>Marked %1 hits as %2; %3 were marked already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Searching</name>
    <message>
        <location filename="../../annotator/gui/search/searching.py" line="32"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/searching.py" line="39"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/searching.py" line="41"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/searching.py" line="43"/>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search/searching.py" line="46"/>
        <source>&amp;Search Project…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../annotator/gui/session.py" line="69"/>
        <source>no project is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerDialogs</name>
    <message>
        <location filename="../../annotator/gui/speakers/dialogs.py" line="41"/>
        <source>Merge speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speakers/dialogs.py" line="42"/>
        <source>Keep this speaker; the others become its mentions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerPicker</name>
    <message>
        <location filename="../../annotator/gui/attribution/speaker_picker.py" line="161"/>
        <source>Choose the speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/speaker_picker.py" line="161"/>
        <source>Choose the cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/speaker_picker.py" line="174"/>
        <source>already linked to this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/speaker_picker.py" line="176"/>
        <source>type to filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/speaker_picker.py" line="217"/>
        <source>No mention to choose in this document: mark one first (S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/speaker_picker.py" line="220"/>
        <source>No mention matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <location filename="../../annotator/gui/speakers/panel.py" line="136"/>
        <source>Filter speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speakers/panel.py" line="180"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speakers/panel.py" line="181"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speakers/panel.py" line="182"/>
        <source>S&amp;plit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speakers/panel.py" line="183"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speakers/panel.py" line="369"/>
        <source>Claims of the selected speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speakers/panel.py" line="370"/>
        <source>Select one speaker to list their claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speakers/panel.py" line="375"/>
        <source>Claims of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speakers/panel.py" line="377"/>
        <source>Mentions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speakers/panel.py" line="378"/>
        <source>No mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/speakers/panel.py" line="466"/>
        <source>Delete %Ln speakers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../annotator/gui/speakers/dialogs.py" line="58"/>
        <source>Split speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speakers/dialogs.py" line="77"/>
        <source>name of the new speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speakers/dialogs.py" line="87"/>
        <source>Tick the mentions of «%1» that are someone else:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speakers/dialogs.py" line="91"/>
        <source>New &amp;speaker:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <location filename="../../annotator/gui/files/table_dialog.py" line="37"/>
        <source>Import table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/table_dialog.py" line="52"/>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/table_dialog.py" line="53"/>
        <source>&amp;Text column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/table_dialog.py" line="54"/>
        <source>&amp;Id column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/table_dialog.py" line="55"/>
        <source>T&amp;itle column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/table_dialog.py" line="59"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/table_dialog.py" line="92"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/table_dialog.py" line="113"/>
        <source>The first %1 rows. Every other column is kept with each document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/table_dialog.py" line="117"/>
        <source>This table has no column to take the text from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../../annotator/gui/files/transfers.py" line="29"/>
        <source>Annotations CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/transfers.py" line="31"/>
        <source>Claims CSV (one row per claim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/transfers.py" line="36"/>
        <source>Documents CSV (one row per document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/transfers.py" line="41"/>
        <source>doccano JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/transfers.py" line="63"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/transfers.py" line="64"/>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/transfers.py" line="92"/>
        <source>%1 %2 (%3 of %4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/transfers.py" line="132"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/transfers.py" line="145"/>
        <source>Importing the rows of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/transfers.py" line="187"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/transfers.py" line="191"/>
        <source>%Ln lines written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../annotator/gui/commands/annotation_commands.py" line="30"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/annotation_commands.py" line="54"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/annotation_commands.py" line="103"/>
        <source>Mark document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/attribution_commands.py" line="54"/>
        <source>Attribute claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/attribution_commands.py" line="58"/>
        <source>Link claim to cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/attribution_commands.py" line="80"/>
        <source>Remove attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/attribution_commands.py" line="97"/>
        <source>Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/attribution_commands.py" line="135"/>
        <source>Group speaker mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/attribution_commands.py" line="136"/>
        <source>Ungroup speaker mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/attribution_commands.py" line="145"/>
        <source>New speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/attribution_commands.py" line="153"/>
        <source>Merge speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/attribution_commands.py" line="161"/>
        <source>Split speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/attribution_commands.py" line="169"/>
        <source>Delete speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/attribution_commands.py" line="178"/>
        <source>Rename speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/attribution_commands.py" line="179"/>
        <source>Edit speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/attribution_commands.py" line="212"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/attribution_commands.py" line="214"/>
        <source>Edit attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/attribution_commands.py" line="256"/>
        <source>Change label schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/document_commands.py" line="22"/>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/document_commands.py" line="22"/>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/document_commands.py" line="45"/>
        <source>Change document fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/review_commands.py" line="29"/>
        <source>Accept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/review_commands.py" line="30"/>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/review_commands.py" line="63"/>
        <source>Correct %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/review_commands.py" line="89"/>
        <source>Accept agreed spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/commands/review_commands.py" line="98"/>
        <source>there is nothing left that every analyst marked alike</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DeleteSpeakerDialog</name>
    <message>
        <location filename="../../annotator/gui/attribution/actions.py" line="171"/>
        <source>Delete speaker mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/attribution/actions.py" line="176"/>
        <source>%Ln claims are attributed to «%1». What should happen to them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/attribution/actions.py" line="189"/>
        <source>&amp;Re-attribute them to</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/attribution/actions.py" line="190"/>
        <source>&amp;Delete and leave them without a speaker</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/actions.py" line="191"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/attribution/actions.py" line="196"/>
        <source>no other mention of this speaker in the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../annotator/gui/window/messages.py" line="50"/>
        <source>Something went wrong inside Annotator (%1). Your saved work is safe; the last action may not have completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/messages.py" line="74"/>
        <source>Your name as an analyst (recorded on every annotation you make):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/messages.py" line="88"/>
        <source>%1 is a text file, not an annotator project. Make a project from it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/messages.py" line="93"/>
        <source>The project keeps its own copy of the text; %1 is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/messages.py" line="98"/>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/messages.py" line="98"/>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/messages.py" line="102"/>
        <source>Choose Location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/messages.py" line="112"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/messages.py" line="114"/>
        <source>Annotator projects (*.annotator)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
