<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgreementDialog</name>
    <message numerus="yes">
        <source>Copied %Ln rows as CSV.</source>
        <translation>
            <numerusform>Copied %Ln row as CSV.</numerusform>
            <numerusform>Copied %Ln rows as CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attributing</name>
    <message numerus="yes">
        <source>%Ln claims</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message numerus="yes">
        <source>%Ln claims without a speaker</source>
        <translation>
            <numerusform>%Ln claim without a speaker</numerusform>
            <numerusform>%Ln claims without a speaker</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message numerus="yes">
        <source>Merged %Ln files</source>
        <translation>
            <numerusform>Merged %Ln file</numerusform>
            <numerusform>Merged %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new rows</source>
        <translation>
            <numerusform>%Ln new row</numerusform>
            <numerusform>%Ln new rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln refused</source>
        <translation>
            <numerusform>; %Ln refused</numerusform>
            <numerusform>; %Ln refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message numerus="yes">
        <source>Exported %Ln rows to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reviewing</name>
    <message numerus="yes">
        <source>Accepted %Ln spans every analyst marked alike.</source>
        <translation>
            <numerusform>Accepted %Ln span every analyst marked alike.</numerusform>
            <numerusform>Accepted %Ln spans every analyst marked alike.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln hits</source>
        <translation>
            <numerusform>%Ln hit</numerusform>
            <numerusform>%Ln hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message numerus="yes">
        <source>Delete %Ln speakers</source>
        <translation>
            <numerusform>Delete %Ln speaker</numerusform>
            <numerusform>Delete %Ln speakers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DeleteSpeakerDialog</name>
    <message numerus="yes">
        <source>%Ln claims are attributed to «%1». What should happen to them?</source>
        <translation>
            <numerusform>%Ln claim is attributed to «%1». What should happen to it?</numerusform>
            <numerusform>%Ln claims are attributed to «%1». What should happen to them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Re-attribute them to</source>
        <translation>
            <numerusform>&amp;Re-attribute it to</numerusform>
            <numerusform>&amp;Re-attribute them to</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete and leave them without a speaker</source>
        <translation>
            <numerusform>&amp;Delete and leave it without a speaker</numerusform>
            <numerusform>&amp;Delete and leave them without a speaker</numerusform>
        </translation>
    </message>
</context>
</TS>
