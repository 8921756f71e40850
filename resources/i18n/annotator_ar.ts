<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <location filename="../../annotator/gui/window/language.py" line="127"/>
        <source>Language</source>
        <comment>&amp;Language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/language.py" line="132"/>
        <source>Language</source>
        <comment>System</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/language.py" line="143"/>
        <source>Language</source>
        <comment>&amp;Western Digits (0123)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/language.py" line="146"/>
        <source>Language</source>
        <comment>Write numbers with Western digits in the Arabic interface</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/language.py" line="167"/>
        <source>Language</source>
        <comment>Language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window/language.py" line="169"/>
        <source>Language</source>
        <comment>The new setting applies when Annotator starts again. Every edit is already saved, so restarting now loses nothing.</comment>
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
        <location filename="../../annotator/gui/window/language.py" line="176"/>
        <source>Language</source>
        <comment>Restart &amp;Now</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/language.py" line="177"/>
        <source>Language</source>
        <comment>&amp;Later</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/messages.py" line="85"/>
        <source>dialogs</source>
        <comment>%1 is a text file, not an annotator project. Make a project from it?</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/messages.py" line="89"/>
        <source>dialogs</source>
        <comment>The project keeps its own copy of the text; %1 is never changed.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/messages.py" line="93"/>
        <source>dialogs</source>
        <comment>Add to %1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/messages.py" line="93"/>
        <source>dialogs</source>
        <comment>Create %1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/messages.py" line="95"/>
        <source>dialogs</source>
        <comment>Choose Location…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/messages.py" line="104"/>
        <source>dialogs</source>
        <comment>New project</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window/messages.py" line="106"/>
        <source>dialogs</source>
        <comment>Annotator projects (*.annotator)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="194"/>
        <source>Only %1 has annotated here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="196"/>
        <source>Nobody has annotated here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review/agreement_dialog.py" line="201"/>
        <source>Agreement compares two or more analysts: each annotates the documents in a project file of their own, then their files are merged into one project with File → Import Analysts&apos; Work… (or annotator merge).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentFieldsEditor</name>
    <message>
        <location filename="../../annotator/gui/labels/document_fields_editor.py" line="33"/>
        <source>Document fields (asked once per document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/document_fields_editor.py" line="36"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/document_fields_editor.py" line="36"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/document_fields_editor.py" line="36"/>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/document_fields_editor.py" line="42"/>
        <source>Add document field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/labels/document_fields_editor.py" line="42"/>
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
    <name>DocumentPanel</name>
    <message>
        <location filename="../../annotator/gui/documents/document_panel.py" line="51"/>
        <source>Document fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/documents/document_panel.py" line="53"/>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/documents/document_panel.py" line="68"/>
        <source>Document field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/documents/document_panel.py" line="154"/>
        <source>(no file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/documents/document_panel.py" line="156"/>
        <source>From %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/documents/document_panel.py" line="158"/>
        <source>From %1</source>
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
        <location filename="../../annotator/gui/window/language.py" line="120"/>
        <source>%1%</source>
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
        <location filename="../../annotator/gui/files/project_actions.py" line="61"/>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="63"/>
        <source>Write the whole project to one file you can copy or mail, even now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="65"/>
        <source>Show Project &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="66"/>
        <source>Open the folder that holds this project&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="101"/>
        <source>%1 is not a project and was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="123"/>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="128"/>
        <source>%1: cannot be shown (no file manager answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="145"/>
        <source>Open a project before saving a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="150"/>
        <source>Save a copy of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="165"/>
        <source>Saved a copy to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/files/project_actions.py" line="204"/>
        <source>Import finished</source>
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
    <name>SpeakersPanel</name>
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
    <name>parent</name>
    <message>
        <location filename="../../annotator/gui/documents/walking.py" line="28"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/documents/walking.py" line="38"/>
        <source>&amp;Next Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/documents/walking.py" line="39"/>
        <source>&amp;Previous Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../annotator/gui/documents/walking.py" line="41"/>
        <source>Mark &amp;Done and Open Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>win</name>
    <message>
        <location filename="../../annotator/gui/window/menus.py" line="254"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
