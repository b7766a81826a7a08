<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConsoleOptions</name>
    <message>
        <location filename="../app/console/consoleoptions.cpp" line="11" />
        <source>Greenlight: run AI compute where and when the electricity is cleanest.</source>
        <translation>Greenlight: KI-Rechenlast dort und dann ausführen, wo und wann der Strom am saubersten ist.</translation>
    </message>
</context>
<context>
    <name>DataPaths</name>
    <message>
        <location filename="../app/console/datapaths.cpp" line="26" />
        <source>The bundled data (carbon/zones.csv) was not found in: %1</source>
        <translation>Die mitgelieferten Daten (carbon/zones.csv) wurden nicht gefunden in: %1</translation>
    </message>
</context>
<context>
    <name>LegendLayer</name>
    <message>
        <location filename="../views/map/maplayers.cpp" line="156" />
        <source>Grid carbon intensity, gCO₂eq/kWh (lifecycle)</source>
        <translation>CO₂-Intensität des Stromnetzes, gCO₂eq/kWh (Lebenszyklus)</translation>
    </message>
    <message>
        <location filename="../views/map/maplayers.cpp" line="160" />
        <source>Grid carbon intensity at %1 UTC, gCO₂eq/kWh</source>
        <translation>CO₂-Intensität des Stromnetzes um %1 UTC, gCO₂eq/kWh</translation>
    </message>
    <message>
        <location filename="../views/map/maplayers.cpp" line="195" />
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../views/map/maplayers.cpp" line="196" />
        <source>split into zones</source>
        <translation>in Zonen geteilt</translation>
    </message>
    <message>
        <location filename="../views/map/maplayers.cpp" line="197" />
        <source>sub-national zone</source>
        <translation>Teilzone</translation>
    </message>
</context>
<context>
    <name>MapTooltip</name>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="17" />
        <source>No data for this time</source>
        <translation>Keine Daten für diesen Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="21" />
        <source>%1 gCO₂eq/kWh (lifecycle)</source>
        <translation>%1 gCO₂eq/kWh (Lebenszyklus)</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="25" />
        <source>%1 % carbon-free</source>
        <translation>%1 % CO₂-frei</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="27" />
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="30" />
        <source>replayed from the recorded trace</source>
        <translation>aus der aufgezeichneten Zeitreihe wiedergegeben</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="32" />
        <source>estimated by the data source</source>
        <translation>von der Datenquelle geschätzt</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="42" />
        <source>Split into several grid zones: see the markers</source>
        <translation>In mehrere Netzzonen geteilt: siehe die Markierungen</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="43" />
        <source>No carbon-intensity data for this country</source>
        <translation>Keine CO₂-Intensitätsdaten für dieses Land</translation>
    </message>
</context>
<context>
    <name>greenlight::AboutDialog</name>
    <message>
        <location filename="../views/widgets/aboutdialog.cpp" line="14" />
        <source>About Greenlight</source>
        <translation>Über Greenlight</translation>
    </message>
    <message>
        <location filename="../views/widgets/aboutdialog.cpp" line="20" />
        <source>&lt;h2&gt;Greenlight %1&lt;/h2&gt;&lt;p&gt;Runs AI compute where and when the electricity is cleanest: shifts flexible work in time and space and keeps a carbon budget.&lt;/p&gt;&lt;p&gt;Bundled data and licences:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Greenlight %1&lt;/h2&gt;&lt;p&gt;Führt KI-Rechenlast dort und dann aus, wo und wann der Strom am saubersten ist: verschiebt flexible Arbeit in Zeit und Raum und hält ein CO₂-Budget ein.&lt;/p&gt;&lt;p&gt;Mitgelieferte Daten und Lizenzen:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/widgets/aboutdialog.cpp" line="29" />
        <source>The attribution file resources/data/ATTRIBUTION.md was not found next to the application.</source>
        <translation>Die Datei resources/data/ATTRIBUTION.md wurde neben der Anwendung nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>greenlight::CompositionRoot</name>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="66" />
        <source>Bundled data not found</source>
        <translation>Mitgelieferte Daten nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="119" />
        <source>Map geometry could not be loaded</source>
        <translation>Kartengeometrie konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="131" />
        <source>Unknown zone %1 (see greenlight-cli zones)</source>
        <translation>Unbekannte Zone %1 (siehe greenlight-cli zones)</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="136" />
        <source>Carbon-intensity data could not be loaded</source>
        <translation>CO₂-Intensitätsdaten konnten nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="139" />
        <source>Some carbon-intensity files were skipped</source>
        <translation>Einige CO₂-Intensitätsdateien wurden übersprungen</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="140" />
        <source>These files have errors and were not loaded; every other zone is shown.

%1</source>
        <translation>Diese Dateien sind fehlerhaft und wurden nicht geladen; alle anderen Zonen werden angezeigt.

%1</translation>
    </message>
</context>
<context>
    <name>greenlight::IntensityChart</name>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="36" />
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="37" />
        <source>gCO₂eq/kWh</source>
        <translation>gCO₂eq/kWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="40" />
        <source>last 48 h</source>
        <translation>letzte 48 h</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="46" />
        <source>next 24 h (recorded trace)</source>
        <translation>nächste 24 h (aufgezeichnete Zeitreihe)</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="52" />
        <source>estimated hour</source>
        <translation>geschätzte Stunde</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="60" />
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="74" />
        <source>Click a zone on the map to see its carbon intensity.</source>
        <translation>Klicken Sie auf eine Zone der Karte, um ihre CO₂-Intensität zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="124" />
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): no trace</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): keine Zeitreihe</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="159" />
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — lifecycle carbon intensity, replayed</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) — CO₂-Intensität (Lebenszyklus), Wiedergabe</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="162" />
        <source> — the trace has no data around this time</source>
        <translation> — die Zeitreihe hat um diese Zeit keine Daten</translation>
    </message>
</context>
<context>
    <name>greenlight::MainWindow</name>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="16" />
        <source>Zone intensity</source>
        <translation>Zonenintensität</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="19" />
        <source>Greenlight — carbon-aware compute console</source>
        <translation>Greenlight — CO₂-bewusste Rechenkonsole</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="32" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="33" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="37" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="38" />
        <source>&amp;Projection</source>
        <translation>&amp;Projektion</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="40" />
        <source>&amp;Robinson</source>
        <translation>&amp;Robinson</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="41" />
        <source>&amp;Equirectangular</source>
        <translation>&amp;Plattkarte</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="51" />
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="54" />
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="57" />
        <source>&amp;Whole world</source>
        <translation>&amp;Ganze Welt</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="63" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="64" />
        <source>&amp;About Greenlight and its data</source>
        <translation>Ü&amp;ber Greenlight und seine Daten</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="66" />
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>greenlight::ReplayStatusLabel</name>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="17" />
        <source>Loading bundled carbon-intensity traces…</source>
        <translation>Mitgelieferte CO₂-Intensitätszeitreihen werden geladen…</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="25" />
        <source>&lt;b&gt;Replay&lt;/b&gt; of recorded %1 data · %2 UTC</source>
        <translation>&lt;b&gt;Wiedergabe&lt;/b&gt; aufgezeichneter Daten von %1 · %2 UTC</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="27" />
        <source> · %1× speed</source>
        <translation> · %1-fache Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="29" />
        <source> · same weekday and hour as now</source>
        <translation> · gleicher Wochentag und gleiche Stunde wie jetzt</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="31" />
        <source>The embedded default replays real recorded grid data (Electricity Maps) on a clock that maps today onto the same week of %1. It is not live data.</source>
        <translation>Die eingebaute Voreinstellung gibt echte aufgezeichnete Netzdaten (Electricity Maps) auf einer Uhr wieder, die heute auf dieselbe Woche von %1 abbildet. Es sind keine Live-Daten.</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="38" />
        <source>&lt;span style='color:#b00020'&gt;&lt;b&gt;Data problem:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;span style='color:#b00020'&gt;&lt;b&gt;Datenproblem:&lt;/b&gt; %1&lt;/span&gt;</translation>
    </message>
</context>
</TS>