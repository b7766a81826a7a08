<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConsoleOptions</name>
    <message>
        <location filename="../app/console/consoleoptions.cpp" line="11" />
        <source>Greenlight: run AI compute where and when the electricity is cleanest.</source>
        <translation>Greenlight : exécuter le calcul IA là et quand l’électricité est la plus propre.</translation>
    </message>
</context>
<context>
    <name>DataPaths</name>
    <message>
        <location filename="../app/console/datapaths.cpp" line="26" />
        <source>The bundled data (carbon/zones.csv) was not found in: %1</source>
        <translation>Les données fournies (carbon/zones.csv) sont introuvables dans : %1</translation>
    </message>
</context>
<context>
    <name>LegendLayer</name>
    <message>
        <location filename="../views/map/maplayers.cpp" line="156" />
        <source>Grid carbon intensity, gCO₂eq/kWh (lifecycle)</source>
        <translation>Intensité carbone du réseau, gCO₂eq/kWh (cycle de vie)</translation>
    </message>
    <message>
        <location filename="../views/map/maplayers.cpp" line="160" />
        <source>Grid carbon intensity at %1 UTC, gCO₂eq/kWh</source>
        <translation>Intensité carbone du réseau à %1 UTC, gCO₂eq/kWh</translation>
    </message>
    <message>
        <location filename="../views/map/maplayers.cpp" line="195" />
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <location filename="../views/map/maplayers.cpp" line="196" />
        <source>split into zones</source>
        <translation>divisé en zones</translation>
    </message>
    <message>
        <location filename="../views/map/maplayers.cpp" line="197" />
        <source>sub-national zone</source>
        <translation>zone infranationale</translation>
    </message>
</context>
<context>
    <name>MapTooltip</name>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="17" />
        <source>No data for this time</source>
        <translation>Pas de données pour cet instant</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="21" />
        <source>%1 gCO₂eq/kWh (lifecycle)</source>
        <translation>%1 gCO₂eq/kWh (cycle de vie)</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="25" />
        <source>%1 % carbon-free</source>
        <translation>%1 % décarboné</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="27" />
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="30" />
        <source>replayed from the recorded trace</source>
        <translation>rejoué depuis la série enregistrée</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="32" />
        <source>estimated by the data source</source>
        <translation>estimé par la source de données</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="42" />
        <source>Split into several grid zones: see the markers</source>
        <translation>Divisé en plusieurs zones de réseau : voir les marqueurs</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="43" />
        <source>No carbon-intensity data for this country</source>
        <translation>Pas de données d’intensité carbone pour ce pays</translation>
    </message>
</context>
<context>
    <name>greenlight::AboutDialog</name>
    <message>
        <location filename="../views/widgets/aboutdialog.cpp" line="14" />
        <source>About Greenlight</source>
        <translation>À propos de Greenlight</translation>
    </message>
    <message>
        <location filename="../views/widgets/aboutdialog.cpp" line="20" />
        <source>&lt;h2&gt;Greenlight %1&lt;/h2&gt;&lt;p&gt;Runs AI compute where and when the electricity is cleanest: shifts flexible work in time and space and keeps a carbon budget.&lt;/p&gt;&lt;p&gt;Bundled data and licences:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Greenlight %1&lt;/h2&gt;&lt;p&gt;Exécute le calcul IA là et quand l’électricité est la plus propre : décale le travail flexible dans le temps et l’espace et tient un budget carbone.&lt;/p&gt;&lt;p&gt;Données fournies et licences :&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/widgets/aboutdialog.cpp" line="29" />
        <source>The attribution file resources/data/ATTRIBUTION.md was not found next to the application.</source>
        <translation>Le fichier resources/data/ATTRIBUTION.md est introuvable à côté de l’application.</translation>
    </message>
</context>
<context>
    <name>greenlight::CompositionRoot</name>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="66" />
        <source>Bundled data not found</source>
        <translation>Données fournies introuvables</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="119" />
        <source>Map geometry could not be loaded</source>
        <translation>La géométrie de la carte n’a pas pu être chargée</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="131" />
        <source>Unknown zone %1 (see greenlight-cli zones)</source>
        <translation>Zone inconnue %1 (voir greenlight-cli zones)</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="136" />
        <source>Carbon-intensity data could not be loaded</source>
        <translation>Les données d’intensité carbone n’ont pas pu être chargées</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="139" />
        <source>Some carbon-intensity files were skipped</source>
        <translation>Certains fichiers d’intensité carbone ont été ignorés</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="140" />
        <source>These files have errors and were not loaded; every other zone is shown.

%1</source>
        <translation>Ces fichiers contiennent des erreurs et n’ont pas été chargés ; toutes les autres zones sont affichées.

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
        <translation>48 dernières h</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="46" />
        <source>next 24 h (recorded trace)</source>
        <translation>24 prochaines h (série enregistrée)</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="52" />
        <source>estimated hour</source>
        <translation>heure estimée</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="60" />
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="74" />
        <source>Click a zone on the map to see its carbon intensity.</source>
        <translation>Cliquez sur une zone de la carte pour voir son intensité carbone.</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="124" />
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): no trace</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) : pas de série</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="159" />
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — lifecycle carbon intensity, replayed</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) — intensité carbone (cycle de vie), rejouée</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="162" />
        <source> — the trace has no data around this time</source>
        <translation> — la série n’a pas de données autour de cet instant</translation>
    </message>
</context>
<context>
    <name>greenlight::MainWindow</name>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="16" />
        <source>Zone intensity</source>
        <translation>Intensité de la zone</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="19" />
        <source>Greenlight — carbon-aware compute console</source>
        <translation>Greenlight — console de calcul sobre en carbone</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="32" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="33" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="37" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="38" />
        <source>&amp;Projection</source>
        <translation>&amp;Projection</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="40" />
        <source>&amp;Robinson</source>
        <translation>&amp;Robinson</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="41" />
        <source>&amp;Equirectangular</source>
        <translation>&amp;Équirectangulaire</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="51" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="54" />
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="57" />
        <source>&amp;Whole world</source>
        <translation>&amp;Monde entier</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="63" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="64" />
        <source>&amp;About Greenlight and its data</source>
        <translation>&amp;À propos de Greenlight et de ses données</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="66" />
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>greenlight::ReplayStatusLabel</name>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="17" />
        <source>Loading bundled carbon-intensity traces…</source>
        <translation>Chargement des séries d’intensité carbone fournies…</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="25" />
        <source>&lt;b&gt;Replay&lt;/b&gt; of recorded %1 data · %2 UTC</source>
        <translation>&lt;b&gt;Rejeu&lt;/b&gt; des données enregistrées de %1 · %2 UTC</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="27" />
        <source> · %1× speed</source>
        <translation> · vitesse ×%1</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="29" />
        <source> · same weekday and hour as now</source>
        <translation> · même jour de la semaine et même heure que maintenant</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="31" />
        <source>The embedded default replays real recorded grid data (Electricity Maps) on a clock that maps today onto the same week of %1. It is not live data.</source>
        <translation>Le mode intégré rejoue des données réseau réelles enregistrées (Electricity Maps) sur une horloge qui fait correspondre aujourd’hui à la même semaine de %1. Ce ne sont pas des données en direct.</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="38" />
        <source>&lt;span style='color:#b00020'&gt;&lt;b&gt;Data problem:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;span style='color:#b00020'&gt;&lt;b&gt;Problème de données :&lt;/b&gt; %1&lt;/span&gt;</translation>
    </message>
</context>
</TS>