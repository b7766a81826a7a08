<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConsoleOptions</name>
    <message>
        <location filename="../app/console/consoleoptions.cpp" line="25"/>
        <source>Greenlight: run AI compute where and when the electricity is cleanest.</source>
        <translation>Greenlight: KI-Rechenlast dort und dann ausführen, wo und wann der Strom am saubersten ist.</translation>
    </message>
</context>
<context>
    <name>DataPaths</name>
    <message>
        <location filename="../app/console/datapaths.cpp" line="26"/>
        <source>The bundled data (carbon/zones.csv) was not found in: %1</source>
        <translation>Die mitgelieferten Daten (carbon/zones.csv) wurden nicht gefunden in: %1</translation>
    </message>
</context>
<context>
    <name>FleetKeyLayer</name>
    <message>
        <location filename="../views/map/fleetkeylayer.cpp" line="16"/>
        <source>site: size = GPUs, colour = intensity × PUE</source>
        <translation>Standort: Größe = GPUs, Farbe = Intensität × PUE</translation>
    </message>
    <message>
        <location filename="../views/map/fleetkeylayer.cpp" line="18"/>
        <source>jobs running away from home</source>
        <translation>Jobs, die außerhalb ihres Heimatstandorts laufen</translation>
    </message>
    <message>
        <location filename="../views/map/fleetkeylayer.cpp" line="19"/>
        <source>jobs waiting to start elsewhere</source>
        <translation>Jobs, die anderswo auf ihren Start warten</translation>
    </message>
    <message>
        <location filename="../views/map/fleetkeylayer.cpp" line="22"/>
        <source>live provider value</source>
        <translation>Live-Wert des Anbieters</translation>
    </message>
    <message>
        <location filename="../views/map/fleetkeylayer.cpp" line="23"/>
        <source>stale provider value (age)</source>
        <translation>veralteter Anbieterwert (Alter)</translation>
    </message>
</context>
<context>
    <name>LegendLayer</name>
    <message>
        <location filename="../views/map/maplayers.cpp" line="156"/>
        <source>Grid carbon intensity, gCO₂eq/kWh (lifecycle)</source>
        <translation>CO₂-Intensität des Stromnetzes, gCO₂eq/kWh (Lebenszyklus)</translation>
    </message>
    <message>
        <location filename="../views/map/maplayers.cpp" line="160"/>
        <source>Grid carbon intensity at %1 UTC, gCO₂eq/kWh</source>
        <translation>CO₂-Intensität des Stromnetzes um %1 UTC, gCO₂eq/kWh</translation>
    </message>
    <message>
        <location filename="../views/map/maplayers.cpp" line="195"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../views/map/maplayers.cpp" line="196"/>
        <source>split into zones</source>
        <translation>in Zonen geteilt</translation>
    </message>
    <message>
        <location filename="../views/map/maplayers.cpp" line="197"/>
        <source>sub-national zone</source>
        <translation>Teilzone</translation>
    </message>
</context>
<context>
    <name>MapTooltip</name>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="17"/>
        <source>No data for this time</source>
        <translation>Keine Daten für diesen Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="21"/>
        <source>%1 gCO₂eq/kWh (lifecycle)</source>
        <translation>%1 gCO₂eq/kWh (Lebenszyklus)</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="25"/>
        <source>%1 % carbon-free</source>
        <translation>%1 % CO₂-frei</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="27"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="30"/>
        <source>replayed from the recorded trace</source>
        <translation>aus der aufgezeichneten Zeitreihe wiedergegeben</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="32"/>
        <source>estimated by the data source</source>
        <translation>von der Datenquelle geschätzt</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="42"/>
        <source>Split into several grid zones: see the markers</source>
        <translation>In mehrere Netzzonen geteilt: siehe die Markierungen</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="43"/>
        <source>No carbon-intensity data for this country</source>
        <translation>Keine CO₂-Intensitätsdaten für dieses Land</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../engine/service/planfeed.cpp" line="113"/>
        <source>%1 with the %2 forecast: %3 jobs, expected %4 t CO₂e vs %5 t for the baseline (%6 % less)</source>
        <translation>%1 mit der Prognose %2: %3 Jobs, erwartet %4 t CO₂e gegenüber %5 t für die Baseline (%6 % weniger)</translation>
    </message>
    <message>
        <location filename="../engine/service/planfeed.cpp" line="121"/>
        <source> (%1 rows of the trace are no GPU job to plan: CPU-only, never started, no duration or larger than any site)</source>
        <translation> (%1 Zeilen der Zeitreihe sind kein zu planender GPU-Job: nur CPU, nie gestartet, ohne Dauer oder größer als jeder Standort)</translation>
    </message>
    <message>
        <location filename="../engine/service/planfeed.cpp" line="129"/>
        <source>; no intensity data for the period at %1, left out (%2)</source>
        <translation>; keine Intensitätsdaten für den Zeitraum bei %1, ausgelassen (%2)</translation>
    </message>
    <message>
        <location filename="../engine/service/zoneforecastfeed.cpp" line="40"/>
        <source>%1 has no trace to forecast from</source>
        <translation>%1 hat keine Zeitreihe für eine Prognose</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="34"/>
        <source>air</source>
        <translation>Luft</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="36"/>
        <source>air + economiser</source>
        <translation>Luft + Economizer</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="38"/>
        <source>direct-to-chip liquid</source>
        <translation>Direkte Flüssigkühlung am Chip</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="40"/>
        <source>immersion</source>
        <translation>Immersion</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="30"/>
        <source>Mean intensity</source>
        <translation>Mittlere Intensität</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="32"/>
        <source>p10 intensity</source>
        <translation>p10-Intensität</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="34"/>
        <source>Low-carbon hours</source>
        <translation>CO₂-arme Stunden</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="36"/>
        <source>Free-cooling hours</source>
        <translation>Freikühlstunden</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="38"/>
        <source>Latency to users</source>
        <translation>Latenz zu Nutzern</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="40"/>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
</context>
<context>
    <name>greenlight::AboutDialog</name>
    <message>
        <location filename="../views/widgets/aboutdialog.cpp" line="14"/>
        <source>About Greenlight</source>
        <translation>Über Greenlight</translation>
    </message>
    <message>
        <location filename="../views/widgets/aboutdialog.cpp" line="20"/>
        <source>&lt;h2&gt;Greenlight %1&lt;/h2&gt;&lt;p&gt;Runs AI compute where and when the electricity is cleanest: shifts flexible work in time and space and keeps a carbon budget.&lt;/p&gt;&lt;p&gt;Bundled data and licences:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Greenlight %1&lt;/h2&gt;&lt;p&gt;Führt KI-Rechenlast dort und dann aus, wo und wann der Strom am saubersten ist: verschiebt flexible Arbeit in Zeit und Raum und hält ein CO₂-Budget ein.&lt;/p&gt;&lt;p&gt;Mitgelieferte Daten und Lizenzen:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/widgets/aboutdialog.cpp" line="29"/>
        <source>The attribution file resources/data/ATTRIBUTION.md was not found next to the application.</source>
        <translation>Die Datei resources/data/ATTRIBUTION.md wurde neben der Anwendung nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>greenlight::ApprovalInbox</name>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="56"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="57"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="62"/>
        <source>Awaiting decision</source>
        <translation>Warten auf Entscheidung</translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="63"/>
        <source>All proposals</source>
        <translation>Alle Vorschläge</translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="75"/>
        <source>Reason (required, goes into the audit log)</source>
        <translation>Begründung (Pflicht, wird ins Audit-Log geschrieben)</translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="81"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/widgets/approvalinbox.cpp" line="153"/>
        <source>Approving %n proposal(s)…</source>
        <translation>
            <numerusform>%n Vorschlag wird genehmigt…</numerusform>
            <numerusform>%n Vorschläge werden genehmigt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/widgets/approvalinbox.cpp" line="154"/>
        <source>Rejecting %n proposal(s)…</source>
        <translation>
            <numerusform>%n Vorschlag wird abgelehnt…</numerusform>
            <numerusform>%n Vorschläge werden abgelehnt…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="181"/>
        <source>&lt;p&gt;Select a proposal to see why the policy made it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Vorschlag, um zu sehen, warum die Strategie ihn gemacht hat.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/widgets/approvalinbox.cpp" line="182"/>
        <source>&lt;p&gt;%n proposals selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n Vorschlag ausgewählt.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n Vorschläge ausgewählt.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="195"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; job &lt;b&gt;%2&lt;/b&gt; (policy %3)&lt;br&gt;site %4 (%5) → %6 (%7)&lt;br&gt;start %8 → %9&lt;br&gt;deadline %10, slack %11 min&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; Job &lt;b&gt;%2&lt;/b&gt; (Strategie %3)&lt;br&gt;Standort %4 (%5) → %6 (%7)&lt;br&gt;Start %8 → %9&lt;br&gt;Frist %10, Puffer %11 min&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="202"/>
        <source>&lt;p&gt;Expected saving &lt;b&gt;%1 kg CO₂e&lt;/b&gt;; forecast band %2 to %3 kg. Budget %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erwartete Einsparung &lt;b&gt;%1 kg CO₂e&lt;/b&gt;; Prognoseband %2 bis %3 kg. Budget %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="207"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="212"/>
        <source>&lt;p&gt;Decided by %1: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Entschieden von %1: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="214"/>
        <source>Trail</source>
        <translation>Prüfpfad</translation>
    </message>
</context>
<context>
    <name>greenlight::ApprovalWiring</name>
    <message>
        <location filename="../app/console/approvalwiring.cpp" line="22"/>
        <source>Approval inbox</source>
        <translation>Genehmigungseingang</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/console/approvalwiring.cpp" line="35"/>
        <source>%n proposal(s) expired: the job can no longer meet its deadline, or no operator decided within the rule&apos;s time (the job keeps its plan). Show &quot;All proposals&quot; to see them.</source>
        <translation>
            <numerusform>%n Vorschlag abgelaufen: Der Job kann seine Frist nicht mehr einhalten, oder kein Operator hat rechtzeitig entschieden (der Job behält seinen Plan). „Alle Vorschläge“ zeigt ihn.</numerusform>
            <numerusform>%n Vorschläge abgelaufen: Die Jobs können ihre Frist nicht mehr einhalten, oder kein Operator hat rechtzeitig entschieden (die Jobs behalten ihren Plan). „Alle Vorschläge“ zeigt sie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/console/approvalwiring.cpp" line="46"/>
        <source>Signed in as %1 (%2): only operators approve or reject</source>
        <translation>Angemeldet als %1 (%2): nur Operatoren genehmigen oder lehnen ab</translation>
    </message>
    <message>
        <location filename="../app/console/approvalwiring.cpp" line="63"/>
        <source>Approved proposals will not be dispatched: %1</source>
        <translation>Genehmigte Vorschläge werden nicht übermittelt: %1</translation>
    </message>
    <message>
        <location filename="../app/console/approvalwiring.cpp" line="72"/>
        <source>%1: %2…</source>
        <translation>%1: %2…</translation>
    </message>
    <message>
        <location filename="../app/console/approvalwiring.cpp" line="76"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>greenlight::BudgetGauge</name>
    <message>
        <location filename="../views/widgets/budgetgauge.cpp" line="30"/>
        <source>NORMAL</source>
        <translation>NORMAL</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetgauge.cpp" line="31"/>
        <source>TIGHTENING</source>
        <translation>STRAFFUNG</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetgauge.cpp" line="32"/>
        <source>RESTRICTED</source>
        <translation>EINGESCHRÄNKT</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetgauge.cpp" line="33"/>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetgauge.cpp" line="36"/>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetgauge.cpp" line="43"/>
        <source>%1: %2 of %3 kg CO₂e used, and %4 kg more planned before the period ends (the state counts both, as the policies do); emitted at %5× the pace of an even spread over the period</source>
        <translation>%1: %2 von %3 kg CO₂e verbraucht, dazu %4 kg bis zum Ende des Zeitraums geplant (der Status zählt beides, wie die Strategien); ausgestoßen im %5-fachen Tempo einer gleichmäßigen Verteilung über den Zeitraum</translation>
    </message>
    <message>
        <source>%1: %2 of %3 kg CO₂e used; pace %4× an even spread over the period</source>
        <translation type="vanished">%1: %2 von %3 kg CO₂e verbraucht; Tempo %4× einer gleichmäßigen Verteilung über den Zeitraum</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetgauge.cpp" line="50"/>
        <source>%1: %2 kg CO₂e; the fleet sets no cap for this period</source>
        <translation>%1: %2 kg CO₂e; die Flotte setzt für diesen Zeitraum keine Obergrenze</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetgauge.cpp" line="94"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetgauge.cpp" line="96"/>
        <source>%1 / %2 kg</source>
        <translation>%1 / %2 kg</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetgauge.cpp" line="97"/>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetgauge.cpp" line="102"/>
        <source>planning…</source>
        <translation>Planung…</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetgauge.cpp" line="104"/>
        <source>%1 · pace %2×</source>
        <translation>%1 · Tempo %2×</translation>
    </message>
</context>
<context>
    <name>greenlight::BudgetPanel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 kg CO₂e&lt;br&gt;baseline %3 kg · %4 %5 kg (%6 %)</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt;: %2 kg CO₂e&lt;br&gt;Baseline %3 kg · %4 %5 kg (%6 %)</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="26"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 kg CO₂e&lt;br&gt;baseline %3 kg · %4 %5 kg (%6 %)&lt;br&gt;planned to the end: %7 kg more</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 kg CO₂e&lt;br&gt;Baseline %3 kg · %4 %5 kg (%6 %)&lt;br&gt;bis zum Ende geplant: %7 kg mehr</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="30"/>
        <source>saved</source>
        <translation>eingespart</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="30"/>
        <source>over by</source>
        <translation>überschritten um</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="51"/>
        <location filename="../views/widgets/budgetpanel.cpp" line="55"/>
        <location filename="../views/widgets/budgetpanel.cpp" line="124"/>
        <location filename="../views/widgets/budgetpanel.cpp" line="138"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="52"/>
        <location filename="../views/widgets/budgetpanel.cpp" line="54"/>
        <location filename="../views/widgets/budgetpanel.cpp" line="123"/>
        <location filename="../views/widgets/budgetpanel.cpp" line="137"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="62"/>
        <source>Burn-down:</source>
        <translation>Verbrauchskurve:</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="77"/>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="100"/>
        <source>Waiting for the plan of the bundled workload…</source>
        <translation>Warte auf den Plan der mitgelieferten Arbeitslast…</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="126"/>
        <source>The fleet sets no carbon budget; emissions are shown against the baseline.</source>
        <translation>Die Flotte setzt kein CO₂-Budget; Emissionen werden gegenüber der Baseline gezeigt.</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="130"/>
        <source>every decision goes to a human</source>
        <translation>jede Entscheidung geht an einen Menschen</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="131"/>
        <source>only the leanest model tiers and clean slots</source>
        <translation>nur die sparsamsten Modellstufen und saubere Zeitfenster</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="132"/>
        <source>policies favour cleaner, later slots</source>
        <translation>Strategien bevorzugen sauberere, spätere Zeitfenster</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="133"/>
        <source>within budget</source>
        <translation>im Budget</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="134"/>
        <source>&lt;b&gt;Budget %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;Budget %1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="159"/>
        <source>budget left under the plan</source>
        <translation>Restbudget laut Plan</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="159"/>
        <source>emitted under the plan</source>
        <translation>emittiert laut Plan</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="160"/>
        <source>budget left under the baseline</source>
        <translation>Restbudget laut Baseline</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="160"/>
        <source>emitted under the baseline</source>
        <translation>emittiert laut Baseline</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="163"/>
        <source>even spend to the period&apos;s end</source>
        <translation>gleichmäßiger Verbrauch bis Periodenende</translation>
    </message>
</context>
<context>
    <name>greenlight::BudgetWiring</name>
    <message>
        <location filename="../app/console/budgetwiring.cpp" line="14"/>
        <source>Carbon budget</source>
        <translation>CO₂-Budget</translation>
    </message>
    <message>
        <location filename="../app/console/budgetwiring.cpp" line="26"/>
        <source>No budget view: the plan failed (%1)</source>
        <translation>Keine Budgetansicht: der Plan ist fehlgeschlagen (%1)</translation>
    </message>
</context>
<context>
    <name>greenlight::CompositionRoot</name>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="87"/>
        <source>Bundled data not found</source>
        <translation>Mitgelieferte Daten nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="110"/>
        <source>Opening the operations database…</source>
        <translation>Betriebsdatenbank wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="150"/>
        <source>Map geometry could not be loaded</source>
        <translation>Kartengeometrie konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="162"/>
        <source>Unknown zone %1 (see greenlight-cli zones)</source>
        <translation>Unbekannte Zone %1 (siehe greenlight-cli zones)</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="170"/>
        <source>Carbon-intensity data could not be loaded</source>
        <translation>CO₂-Intensitätsdaten konnten nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="173"/>
        <source>Some carbon-intensity files were skipped</source>
        <translation>Einige CO₂-Intensitätsdateien wurden übersprungen</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="174"/>
        <source>These files have errors and were not loaded; every other zone is shown.

%1</source>
        <translation>Diese Dateien sind fehlerhaft und wurden nicht geladen; alle anderen Zonen werden angezeigt.

%1</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="180"/>
        <source>Short gaps in carbon-intensity files were filled with the last value before them and are shown as estimated (missing steps per file): %1</source>
        <translation>Kurze Lücken in Kohlenstoffintensitäts-Dateien wurden mit dem letzten Wert davor gefüllt und als geschätzt markiert (fehlende Schritte je Datei): %1</translation>
    </message>
    <message>
        <source>Short gaps in carbon-intensity files were filled in by interpolation and are shown as estimated (missing steps per file): %1</source>
        <translation type="vanished">Kurze Lücken in Kohlenstoffintensitäts-Dateien wurden durch Interpolation gefüllt und als geschätzt markiert (fehlende Schritte je Datei): %1</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="198"/>
        <source>No forecast for %1: %2</source>
        <translation>Keine Prognose für %1: %2</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="230"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="231"/>
        <source>Operations database %1, schema %2</source>
        <translation>Betriebsdatenbank %1, Schema %2</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="235"/>
        <source>Operations database unavailable</source>
        <translation>Betriebsdatenbank nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>greenlight::CoolingPanel</name>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="77"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="77"/>
        <source>Cooling</source>
        <translation>Kühlung</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="77"/>
        <source>PUE mean</source>
        <translation>PUE Mittel</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="77"/>
        <source>PUE range</source>
        <translation>PUE Spanne</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="77"/>
        <source>Free-cooling h</source>
        <translation>Freikühlung h</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="78"/>
        <source>WUE L/kWh</source>
        <translation>WUE L/kWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="78"/>
        <source>Outdoor °C</source>
        <translation>Außen °C</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="78"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="81"/>
        <source>Site:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="91"/>
        <source>Computing PUE from the bundled weather…</source>
        <translation>PUE wird aus dem mitgelieferten Wetter berechnet…</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="115"/>
        <location filename="../views/widgets/coolingpanel.cpp" line="116"/>
        <location filename="../views/widgets/coolingpanel.cpp" line="117"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="135"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="139"/>
        <source>PUE and outdoor temperature, %1 (UTC)</source>
        <translation>PUE und Außentemperatur, %1 (UTC)</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="142"/>
        <location filename="../views/widgets/coolingpanel.cpp" line="160"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="144"/>
        <source>outdoor °C</source>
        <translation>außen °C</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="172"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
</context>
<context>
    <name>greenlight::CoolingWiring</name>
    <message>
        <location filename="../app/console/coolingwiring.cpp" line="11"/>
        <source>Cooling / PUE</source>
        <translation>Kühlung / PUE</translation>
    </message>
    <message>
        <location filename="../app/console/coolingwiring.cpp" line="15"/>
        <source>PUE could not be computed: %1</source>
        <translation>PUE konnte nicht berechnet werden: %1</translation>
    </message>
</context>
<context>
    <name>greenlight::DailyEmissionsChart</name>
    <message>
        <location filename="../views/widgets/dailyemissionschart.cpp" line="31"/>
        <source>Emissions per day: run a scenario to compare it with the current plan</source>
        <translation>Emissionen pro Tag: ein Szenario ausführen, um es mit dem aktuellen Plan zu vergleichen</translation>
    </message>
    <message>
        <location filename="../views/widgets/dailyemissionschart.cpp" line="39"/>
        <source>Emissions per day (kg CO₂e, UTC days)</source>
        <translation>Emissionen pro Tag (kg CO₂e, UTC-Tage)</translation>
    </message>
    <message>
        <location filename="../views/widgets/dailyemissionschart.cpp" line="42"/>
        <source>current plan</source>
        <translation>aktueller Plan</translation>
    </message>
    <message>
        <location filename="../views/widgets/dailyemissionschart.cpp" line="44"/>
        <source>scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../views/widgets/dailyemissionschart.cpp" line="45"/>
        <source>scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <location filename="../views/widgets/dailyemissionschart.cpp" line="63"/>
        <source>kg/day</source>
        <translation>kg/Tag</translation>
    </message>
</context>
<context>
    <name>greenlight::DispatchService</name>
    <message>
        <location filename="../engine/service/dispatchservice.cpp" line="65"/>
        <source>the operations database is not open</source>
        <translation>die Betriebsdatenbank ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>greenlight::ExecutiveSummary</name>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="68"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="72"/>
        <source>Accounting the plan of the bundled workload…</source>
        <translation>Der Plan der mitgelieferten Arbeitslast wird bilanziert…</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="73"/>
        <source>Indicator</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="73"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="73"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="73"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="73"/>
        <source>Reference</source>
        <translation>Norm</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="74"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="74"/>
        <source>Facility MWh</source>
        <translation>Anlage MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="74"/>
        <source>Location t</source>
        <translation>Standortbas. t</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="74"/>
        <source>Market t</source>
        <translation>Marktbas. t</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="74"/>
        <location filename="../views/widgets/executivesummary.cpp" line="133"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="74"/>
        <source>CFE %</source>
        <translation>CFE %</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="75"/>
        <source>ERF</source>
        <translation>ERF</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="75"/>
        <source>Instruments MWh</source>
        <translation>Instrumente MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="75"/>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan period %1 – %2&lt;/b&gt;: %3 jobs on the demo fleet, accounted with the recorded hourly intensity; PUE %4. The baseline runs the same jobs carbon-agnostic.</source>
        <translation type="vanished">&lt;b&gt;Planzeitraum %1 – %2&lt;/b&gt;: %3 Jobs auf der Demo-Flotte, bilanziert mit der aufgezeichneten stündlichen Intensität; PUE %4. Die Baseline führt dieselben Jobs ohne CO₂-Berücksichtigung aus.</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="115"/>
        <source>IT energy, MWh</source>
        <translation>IT-Energie, MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="115"/>
        <location filename="../views/widgets/executivesummary.cpp" line="116"/>
        <source>ESRS E1-5</source>
        <translation>ESRS E1-5</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="116"/>
        <source>Facility energy, MWh</source>
        <translation>Anlagenenergie, MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="117"/>
        <source>Energy from fossil sources, MWh</source>
        <translation>Energie aus fossilen Quellen, MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="118"/>
        <location filename="../views/widgets/executivesummary.cpp" line="120"/>
        <location filename="../views/widgets/executivesummary.cpp" line="122"/>
        <source>ESRS E1-5, by the grid&apos;s hourly mix</source>
        <translation>ESRS E1-5, nach dem stündlichen Netzmix</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="119"/>
        <source>Energy from nuclear sources, MWh</source>
        <translation>Energie aus Kernkraft, MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="121"/>
        <source>Energy from renewable sources, MWh</source>
        <translation>Energie aus erneuerbaren Quellen, MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="123"/>
        <source>Energy of unpublished source, MWh</source>
        <translation>Energie unveröffentlichter Herkunft, MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="124"/>
        <source>ESRS E1-5: grids whose data gives no renewable or carbon-free share</source>
        <translation>ESRS E1-5: Netze, deren Daten keinen erneuerbaren oder CO₂-freien Anteil angeben</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="125"/>
        <source>Scope 2 location-based, t CO₂e</source>
        <translation>Scope 2 standortbasiert, t CO₂e</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="126"/>
        <source>GHG Protocol Scope 2; ESRS E1-6; grid factors: %1</source>
        <translation>GHG Protocol Scope 2; ESRS E1-6; Netzfaktoren: %1</translation>
    </message>
    <message>
        <source>GHG Protocol Scope 2; ESRS E1-6</source>
        <translation type="vanished">GHG Protocol Scope 2; ESRS E1-6</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="98"/>
        <source>&lt;b&gt;Plan period %1 – %2&lt;/b&gt;: %3 jobs on the demo fleet, accounted with the recorded hourly intensity; PUE %4. The baseline runs the same jobs carbon-agnostic. Scope 2 counts generation only (direct factors where the grid publishes them): lower than the job queue&apos;s tonnes, which use life-cycle factors and include moving data.</source>
        <translation>&lt;b&gt;Planzeitraum %1 – %2&lt;/b&gt;: %3 Jobs auf der Demo-Flotte, bilanziert mit der aufgezeichneten stündlichen Intensität; PUE %4. Die Baseline führt dieselben Jobs ohne CO₂-Berücksichtigung aus. Scope 2 zählt nur die Erzeugung (direkte Faktoren, wo das Netz sie veröffentlicht): weniger als die Tonnen der Job-Warteschlange, die Lebenszyklusfaktoren verwenden und den Datentransport einschließen.</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="127"/>
        <source>Scope 2 market-based, t CO₂e</source>
        <translation>Scope 2 marktbasiert, t CO₂e</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="128"/>
        <source>GHG Protocol Scope 2; ESRS E1-6; uncovered energy: %1</source>
        <translation>GHG Protocol Scope 2; ESRS E1-6; nicht gedeckte Energie: %1</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="129"/>
        <source>Contractual instruments claimed, MWh</source>
        <translation>Angerechnete vertragliche Instrumente, MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="130"/>
        <source>GHG Protocol Scope 2 (market-based); per site on the right</source>
        <translation>GHG Protocol Scope 2 (marktbasiert); je Standort rechts</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="131"/>
        <source>Renewable energy share (REF), %</source>
        <translation>Anteil erneuerbarer Energie (REF), %</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="131"/>
        <source>ISO/IEC 30134-3; ESRS E1-5</source>
        <translation>ISO/IEC 30134-3; ESRS E1-5</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="132"/>
        <source>Hourly carbon-free energy, %</source>
        <translation>Stündlich CO₂-freie Energie, %</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="132"/>
        <source>24/7 CFE</source>
        <translation>24/7 CFE</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="133"/>
        <source>ISO/IEC 30134-2</source>
        <translation>ISO/IEC 30134-2</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="136"/>
        <source>WUE, L/kWh</source>
        <translation>WUE, L/kWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="137"/>
        <source>ISO/IEC 30134-9</source>
        <translation>ISO/IEC 30134-9</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="138"/>
        <source>Energy reuse factor (ERF)</source>
        <translation>Energiewiederverwendungsfaktor (ERF)</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="138"/>
        <source>ISO/IEC 30134-6</source>
        <translation>ISO/IEC 30134-6</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="139"/>
        <source>CUE location-based, kg CO₂e/kWh</source>
        <translation>CUE standortbasiert, kg CO₂e/kWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="139"/>
        <source>ISO/IEC 30134-8</source>
        <translation>ISO/IEC 30134-8</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="140"/>
        <source>SCI, g CO₂e per job</source>
        <translation>SCI, g CO₂e pro Job</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="140"/>
        <source>ISO/IEC 21031 (operational)</source>
        <translation>ISO/IEC 21031 (betrieblich)</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="169"/>
        <source>grid: %1; uncovered: %2%3</source>
        <translation>Netz: %1; nicht gedeckt: %2%3</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="202"/>
        <source>Export the summary</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="202"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="219"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="222"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>greenlight::ExecutiveWiring</name>
    <message>
        <location filename="../app/console/executivewiring.cpp" line="13"/>
        <source>Executive summary</source>
        <translation>Management-Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/console/executivewiring.cpp" line="22"/>
        <source>No summary: the plan failed (%1)</source>
        <translation>Keine Zusammenfassung: der Plan ist fehlgeschlagen (%1)</translation>
    </message>
</context>
<context>
    <name>greenlight::FileSecretStore</name>
    <message>
        <location filename="../engine/providers/filesecretstore.cpp" line="32"/>
        <source>file %1 (readable only by you)</source>
        <translation>Datei %1 (nur für Sie lesbar)</translation>
    </message>
</context>
<context>
    <name>greenlight::HeatPanel</name>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="66"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="66"/>
        <source>Contract kW</source>
        <translation>Vertrag kW</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="66"/>
        <source>Reused MWh</source>
        <translation>Genutzt MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="66"/>
        <source>Demand met %</source>
        <translation>Bedarf gedeckt %</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="66"/>
        <source>Supply °C</source>
        <translation>Vorlauf °C</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="67"/>
        <source>HP kWh</source>
        <translation>WP kWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="67"/>
        <source>ERF</source>
        <translation>ERF</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="68"/>
        <source>District-heating connection, kW thermal</source>
        <translation>Fernwärmeanschluss, kW thermisch</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="69"/>
        <source>Site heat used by the network over the window, MWh thermal</source>
        <translation>Vom Netz im Zeitfenster genutzte Standortwärme, MWh thermisch</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="70"/>
        <source>Heat-pump electricity to lift low-grade heat (outside the PUE boundary)</source>
        <translation>Wärmepumpenstrom zum Anheben von Niedertemperaturwärme (außerhalb der PUE-Grenze)</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="71"/>
        <source>Energy Reuse Factor (ISO/IEC 30134-6): heat reused ÷ facility energy</source>
        <translation>Energiewiederverwendungsfaktor (ISO/IEC 30134-6): wiederverwendete Wärme ÷ Anlagenenergie</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="74"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="84"/>
        <source>Computing waste heat from the bundled weather…</source>
        <translation>Abwärme wird aus dem mitgelieferten Wetter berechnet…</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="97"/>
        <source>Fleet (connected sites)</source>
        <translation>Flotte (angeschlossene Standorte)</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="113"/>
        <source>no heat-reuse contract</source>
        <translation>kein Wärmenutzungsvertrag</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="114"/>
        <source>no weather: network demand unknown</source>
        <translation>kein Wetter: Netzbedarf unbekannt</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="136"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/widgets/heatpanel.cpp" line="141"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n Standort</numerusform>
            <numerusform>%n Standorte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="163"/>
        <source>District heating, fleet (UTC)</source>
        <translation>Fernwärme, Flotte (UTC)</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="164"/>
        <source>IT load assumed at %1 % of every GPU&apos;s typical power; heat from the cooling loops, network demand from the outdoor temperature (heating degree-hours) and hot water.</source>
        <translation>IT-Last angenommen mit %1 % der typischen Leistung jeder GPU; Wärme aus den Kühlkreisläufen, Netzbedarf aus der Außentemperatur (Heizgradstunden) und Warmwasser.</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="170"/>
        <source>District heating, %1 (UTC)</source>
        <translation>Fernwärme, %1 (UTC)</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="171"/>
        <source>%1 (%2): %3 kWh IT per hour assumed; %4</source>
        <translation>%1 (%2): %3 kWh IT pro Stunde angenommen; %4</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="183"/>
        <source>network demand kWh_th</source>
        <translation>Netzbedarf kWh_th</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="185"/>
        <source>supply °C</source>
        <translation>Vorlauf °C</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="198"/>
        <source>heat delivered kWh_th</source>
        <translation>gelieferte Wärme kWh_th</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="207"/>
        <source>kWh_th per hour</source>
        <translation>kWh_th pro Stunde</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="218"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="226"/>
        <source>No site of the fleet delivers heat to a network</source>
        <translation>Kein Standort der Flotte liefert Wärme an ein Netz</translation>
    </message>
</context>
<context>
    <name>greenlight::HeatWiring</name>
    <message>
        <location filename="../app/console/heatwiring.cpp" line="12"/>
        <source>Heat reuse</source>
        <translation>Wärmenutzung</translation>
    </message>
    <message>
        <location filename="../app/console/heatwiring.cpp" line="22"/>
        <source>Waste heat could not be computed: %1</source>
        <translation>Abwärme konnte nicht berechnet werden: %1</translation>
    </message>
</context>
<context>
    <name>greenlight::IntensityChart</name>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="39"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="40"/>
        <source>gCO₂eq/kWh</source>
        <translation>gCO₂eq/kWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="43"/>
        <source>last 48 h</source>
        <translation>letzte 48 h</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="49"/>
        <source>next 24 h (recorded trace)</source>
        <translation>nächste 24 h (aufgezeichnete Zeitreihe)</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="55"/>
        <source>estimated hour</source>
        <translation>geschätzte Stunde</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="66"/>
        <source>forecast 80 % band</source>
        <translation>Prognose 80-%-Band</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="72"/>
        <source>forecast issued now</source>
        <translation>Prognose jetzt erstellt</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="79"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="94"/>
        <source>Click a zone on the map to see its carbon intensity.</source>
        <translation>Klicken Sie auf eine Zone der Karte, um ihre CO₂-Intensität zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="175"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): no trace</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): keine Zeitreihe</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="225"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — lifecycle carbon intensity, replayed</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) — CO₂-Intensität (Lebenszyklus), Wiedergabe</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="228"/>
        <source>; %1 forecast issued %2 UTC</source>
        <translation>; Prognose %1 erstellt %2 UTC</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="233"/>
        <source>; no forecast: %1</source>
        <translation>; keine Prognose: %1</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="235"/>
        <source> — the trace has no data around this time</source>
        <translation> — die Zeitreihe hat um diese Zeit keine Daten</translation>
    </message>
</context>
<context>
    <name>greenlight::JobQueueModel</name>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="29"/>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="30"/>
        <source>deferred</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="31"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="32"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="33"/>
        <source>not placed</source>
        <translation>nicht platziert</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="136"/>
        <source>%1 (from %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="157"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="158"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="159"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="160"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="161"/>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="162"/>
        <source>Submitted (UTC)</source>
        <translation>Eingereicht (UTC)</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="163"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="164"/>
        <source>Planned start</source>
        <translation>Geplanter Start</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="165"/>
        <source>Expected kg</source>
        <translation>Erwartet kg</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="166"/>
        <source>kg vs baseline</source>
        <translation>kg vs. Baseline</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="167"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>greenlight::JobQueuePanel</name>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="28"/>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="29"/>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="31"/>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="31"/>
        <source>deferred</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="32"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="32"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="33"/>
        <source>not placed</source>
        <translation>nicht platziert</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="36"/>
        <source>Search job, kind, site or reason</source>
        <translation>Job, Art, Standort oder Grund suchen</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="102"/>
        <source>&lt;b&gt;%1 %&lt;/b&gt;&lt;br&gt;GPU-hours on low-carbon power (≤ %2 g/kWh)</source>
        <translation>&lt;b&gt;%1 %&lt;/b&gt;&lt;br&gt;GPU-Stunden mit CO₂-armem Strom (≤ %2 g/kWh)</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="105"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;deadline misses (baseline %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Fristüberschreitungen (Baseline %2)</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="106"/>
        <source>&lt;b&gt;%1 h&lt;/b&gt;&lt;br&gt;p95 delay</source>
        <translation>&lt;b&gt;%1 h&lt;/b&gt;&lt;br&gt;p95-Verzögerung</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="107"/>
        <source>&lt;b&gt;%1 t&lt;/b&gt;&lt;br&gt;CO₂e vs %2 t baseline (%3 % less)</source>
        <translation>&lt;b&gt;%1 t&lt;/b&gt;&lt;br&gt;CO₂e vs. %2 t Baseline (%3 % weniger)</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="112"/>
        <source>As run, with the recorded intensity: life-cycle factors (upstream included) × PUE, plus moving the jobs&apos; data. The line above gives what the forecast expected when planning; the executive summary&apos;s Scope 2 counts generation only (direct factors) and no data movement.</source>
        <translation>Wie ausgeführt, mit der aufgezeichneten Intensität: Lebenszyklusfaktoren (mit Vorkette) × PUE, dazu der Transport der Jobdaten. Die Zeile darüber zeigt, was die Prognose bei der Planung erwartete; Scope 2 in der Managementübersicht zählt nur die Erzeugung (direkte Faktoren) und keinen Datentransport.</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="117"/>
        <source>&lt;b&gt;%1 %&lt;/b&gt;&lt;br&gt;inference within %2 ms (mean %3 ms)</source>
        <translation>&lt;b&gt;%1 %&lt;/b&gt;&lt;br&gt;Inferenz innerhalb von %2 ms (Mittel %3 ms)</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="121"/>
        <source>&lt;b&gt;–&lt;/b&gt;&lt;br&gt;inference not routed</source>
        <translation>&lt;b&gt;–&lt;/b&gt;&lt;br&gt;Inferenz nicht geroutet</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="122"/>
        <source>&lt;b&gt;–&lt;/b&gt;&lt;br&gt;no inference trace</source>
        <translation>&lt;b&gt;–&lt;/b&gt;&lt;br&gt;keine Inferenz-Zeitreihe</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="124"/>
        <source>The inference trace was not routed: %1</source>
        <translation>Der Inferenz-Trace wurde nicht geroutet: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/widgets/jobqueuepanel.cpp" line="125"/>
        <source>Latency SLO of the inference service: %n request(s) of the bundled Azure LLM trace routed over the fleet (lowest-latency green site within the SLA, else the cleanest)</source>
        <translation>
            <numerusform>Latenz-SLO des Inferenzdienstes: %n Anfrage der mitgelieferten Azure-LLM-Zeitreihe über die Flotte geleitet (grüner Standort mit der geringsten Latenz innerhalb des SLA, sonst der sauberste)</numerusform>
            <numerusform>Latenz-SLO des Inferenzdienstes: %n Anfragen der mitgelieferten Azure-LLM-Zeitreihe über die Flotte geleitet (grüner Standort mit der geringsten Latenz innerhalb des SLA, sonst der sauberste)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="142"/>
        <source>%1 of %2 jobs</source>
        <translation>%1 von %2 Jobs</translation>
    </message>
</context>
<context>
    <name>greenlight::JobQueueWiring</name>
    <message>
        <location filename="../app/console/jobqueuewiring.cpp" line="15"/>
        <source>Planning the bundled job trace on the demo fleet…</source>
        <translation>Die mitgelieferte Job-Zeitreihe wird auf der Demo-Flotte geplant…</translation>
    </message>
    <message>
        <location filename="../app/console/jobqueuewiring.cpp" line="16"/>
        <source>Job queue</source>
        <translation>Job-Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/console/jobqueuewiring.cpp" line="32"/>
        <source>The job queue could not be planned: %1</source>
        <translation>Die Job-Warteschlange konnte nicht geplant werden: %1</translation>
    </message>
</context>
<context>
    <name>greenlight::KeychainSecretStore</name>
    <message>
        <location filename="../engine/providers/keychainsecretstore.cpp" line="30"/>
        <source>%1 — no OS keychain answered</source>
        <translation>%1 — kein Schlüsselbund des Betriebssystems hat geantwortet</translation>
    </message>
    <message>
        <location filename="../engine/providers/keychainsecretstore.cpp" line="31"/>
        <source>OS keychain (service &quot;greenlight&quot;)</source>
        <translation>Schlüsselbund des Betriebssystems (Dienst &quot;greenlight&quot;)</translation>
    </message>
</context>
<context>
    <name>greenlight::MainWindow</name>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="20"/>
        <source>Zone intensity</source>
        <translation>Zonenintensität</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="23"/>
        <source>Greenlight — carbon-aware compute console</source>
        <translation>Greenlight — CO₂-bewusste Rechenkonsole</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="85"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="86"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="90"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="91"/>
        <source>&amp;Projection</source>
        <translation>&amp;Projektion</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="93"/>
        <source>&amp;Robinson</source>
        <translation>&amp;Robinson</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="94"/>
        <source>&amp;Equirectangular</source>
        <translation>&amp;Plattkarte</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="103"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="106"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="106"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="106"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="116"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="119"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="122"/>
        <source>&amp;Whole world</source>
        <translation>&amp;Ganze Welt</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="126"/>
        <source>Show &amp;panel</source>
        <translation>Panel an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="132"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="133"/>
        <source>Live data &amp;providers…</source>
        <translation>Live-Daten&amp;anbieter…</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="136"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="137"/>
        <source>&amp;About Greenlight and its data</source>
        <translation>Ü&amp;ber Greenlight und seine Daten</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="139"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>greenlight::ProposalInbox</name>
    <message>
        <location filename="../engine/service/proposalinbox.cpp" line="34"/>
        <source>The approval inbox needs the operations database: %1</source>
        <translation>Der Genehmigungseingang braucht die Betriebsdatenbank: %1</translation>
    </message>
    <message>
        <location filename="../engine/service/proposalinbox.cpp" line="92"/>
        <source>the operations database is not open</source>
        <translation>die Betriebsdatenbank ist nicht geöffnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/service/proposalinbox.cpp" line="94"/>
        <source>%n approved</source>
        <translation>
            <numerusform>%n genehmigt</numerusform>
            <numerusform>%n genehmigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/service/proposalinbox.cpp" line="94"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ProposalTableModel</name>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="15"/>
        <source>awaiting decision</source>
        <translation>wartet auf Entscheidung</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="16"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="17"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="18"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="19"/>
        <source>dispatched</source>
        <translation>übermittelt</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="20"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="21"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="22"/>
        <source>rolled back</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="31"/>
        <source>defer</source>
        <translation>verschieben</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="32"/>
        <source>migrate</source>
        <translation>verlagern</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="33"/>
        <source>defer + migrate</source>
        <translation>verschieben + verlagern</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="107"/>
        <source>%1 kg (%2–%3)</source>
        <translation>%1 kg (%2–%3)</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="111"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="126"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="127"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="128"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="129"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="130"/>
        <source>Delay h</source>
        <translation>Verzög. h</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="131"/>
        <source>Expected saving (band)</source>
        <translation>Erwartete Einsparung (Band)</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="132"/>
        <source>Slack</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="133"/>
        <source>Policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="134"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>greenlight::ProviderController</name>
    <message>
        <location filename="../app/console/providercontroller.cpp" line="206"/>
        <source>Enter at least one zone or region to test with.</source>
        <translation>Geben Sie mindestens eine Zone oder Region zum Testen ein.</translation>
    </message>
    <message>
        <location filename="../app/console/providercontroller.cpp" line="215"/>
        <source>Connected: %1 value(s) for %2</source>
        <translation>Verbunden: %1 Wert(e) für %2</translation>
    </message>
    <message>
        <location filename="../app/console/providercontroller.cpp" line="218"/>
        <source>, newest %1 %2 (%3)</source>
        <translation>, neuester %1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/console/providercontroller.cpp" line="241"/>
        <source>Live providers: none (replaying bundled data)</source>
        <translation>Live-Anbieter: keine (mitgelieferte Daten werden wiedergegeben)</translation>
    </message>
    <message>
        <location filename="../app/console/providercontroller.cpp" line="243"/>
        <source>Live providers: %1 OK</source>
        <translation>Live-Anbieter: %1 OK</translation>
    </message>
    <message>
        <location filename="../app/console/providercontroller.cpp" line="244"/>
        <source>Live providers: %1 OK, %2 with problems</source>
        <translation>Live-Anbieter: %1 OK, %2 mit Problemen</translation>
    </message>
    <message>
        <location filename="../app/console/providercontroller.cpp" line="246"/>
        <source>Settings → Providers shows each provider&apos;s state</source>
        <translation>Einstellungen → Anbieter zeigt den Zustand jedes Anbieters</translation>
    </message>
</context>
<context>
    <name>greenlight::ProviderSettingsDialog</name>
    <message>
        <location filename="../views/widgets/providersettingsdialog.cpp" line="20"/>
        <source>Live carbon-intensity providers</source>
        <translation>Live-Anbieter für CO₂-Intensität</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingsdialog.cpp" line="22"/>
        <source>Without any provider the console replays the bundled traces. Live values fall back to the provider&apos;s forecast, then the engine&apos;s own forecast, then the last known value — each shown with its age.</source>
        <translation>Ohne Anbieter gibt die Konsole die mitgelieferten Zeitreihen wieder. Live-Werte fallen auf die Prognose des Anbieters zurück, dann auf die eigene Prognose der Engine, dann auf den letzten bekannten Wert — jeweils mit ihrem Alter angezeigt.</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingsdialog.cpp" line="34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingsdialog.cpp" line="36"/>
        <source>Keys and passwords are kept in: %1. They are never written to the settings file, the operations database or any log.</source>
        <translation>Schlüssel und Passwörter werden aufbewahrt in: %1. Sie werden nie in die Einstellungsdatei, die Betriebsdatenbank oder ein Log geschrieben.</translation>
    </message>
</context>
<context>
    <name>greenlight::ProviderSettingsPage</name>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="19"/>
        <source>Poll this provider</source>
        <translation>Diesen Anbieter abfragen</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="22"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="31"/>
        <source>GB for Great Britain, GB-REGION-1 … GB-REGION-17 for DNO regions</source>
        <translation>GB für Großbritannien, GB-REGION-1 … GB-REGION-17 für DNO-Regionen</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="32"/>
        <source>WattTime regions (CAISO_NORTH) or latitude,longitude</source>
        <translation>WattTime-Regionen (CAISO_NORTH) oder Breite,Länge</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="33"/>
        <source>Electricity Maps zone keys (DE, US-CAL-CISO) or latitude,longitude</source>
        <translation>Electricity-Maps-Zonenschlüssel (DE, US-CAL-CISO) oder Breite,Länge</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="34"/>
        <source>Regions:</source>
        <translation>Regionen:</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="34"/>
        <source>Zones:</source>
        <translation>Zonen:</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="37"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="40"/>
        <source>Poll every:</source>
        <translation>Abfragen alle:</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="42"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="45"/>
        <source>Give up after:</source>
        <translation>Aufgeben nach:</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="46"/>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="50"/>
        <source>life-cycle (default)</source>
        <translation>Lebenszyklus (Standard)</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="51"/>
        <source>direct (combustion only)</source>
        <translation>direkt (nur Verbrennung)</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="53"/>
        <source>Emission factors:</source>
        <translation>Emissionsfaktoren:</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="57"/>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="63"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="64"/>
        <source>%1 stored — type to replace</source>
        <translation>%1 gespeichert — zum Ersetzen eintippen</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="65"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="67"/>
        <source>Remove the stored secret when the dialog is accepted</source>
        <translation>Das gespeicherte Geheimnis entfernen, wenn der Dialog bestätigt wird</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="71"/>
        <source>will be removed</source>
        <translation>wird entfernt</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="77"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="77"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="141"/>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="148"/>
        <source>✔ </source>
        <translation>✔ </translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="148"/>
        <source>✘ </source>
        <translation>✘ </translation>
    </message>
</context>
<context>
    <name>greenlight::ProviderStatusView</name>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="14"/>
        <source>&lt;1 min</source>
        <translation>&lt;1 min</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="16"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="18"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="19"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="27"/>
        <source>waiting for first poll</source>
        <translation>wartet auf erste Abfrage</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="28"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="29"/>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="30"/>
        <source>retrying (backing off)</source>
        <translation>neuer Versuch (mit Wartezeit)</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="31"/>
        <source>rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="32"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="33"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="55"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="56"/>
        <source>provider forecast</source>
        <translation>Anbieterprognose</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="57"/>
        <source>engine forecast</source>
        <translation>Engine-Prognose</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="58"/>
        <source>last known</source>
        <translation>zuletzt bekannt</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="59"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="92"/>
        <source>%1 (%2 ago)</source>
        <translation>%1 (vor %2)</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="93"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="98"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="98"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="98"/>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="98"/>
        <source>Next poll</source>
        <translation>Nächste Abfrage</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="99"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="100"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="100"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="100"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="100"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="100"/>
        <source>Freshness</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="101"/>
        <source>Marginal index</source>
        <translation>Marginalindex</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="104"/>
        <source>&lt;b&gt;Providers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anbieter&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="106"/>
        <source>&lt;b&gt;Values shown now&lt;/b&gt; — live → provider forecast → engine forecast → last known</source>
        <translation>&lt;b&gt;Jetzt angezeigte Werte&lt;/b&gt; — live → Anbieterprognose → Engine-Prognose → zuletzt bekannt</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="124"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="139"/>
        <source>%1 gCO₂/kWh</source>
        <translation>%1 gCO₂/kWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="140"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="144"/>
        <source>STALE</source>
        <translation>VERALTET</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="144"/>
        <source>fresh</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="151"/>
        <source>%1th percentile</source>
        <translation>%1. Perzentil</translation>
    </message>
</context>
<context>
    <name>greenlight::ReplayStatusLabel</name>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="17"/>
        <source>Loading bundled carbon-intensity traces…</source>
        <translation>Mitgelieferte CO₂-Intensitätszeitreihen werden geladen…</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="25"/>
        <source>&lt;b&gt;Replay&lt;/b&gt; of recorded %1 data · %2 UTC</source>
        <translation>&lt;b&gt;Wiedergabe&lt;/b&gt; aufgezeichneter Daten von %1 · %2 UTC</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="27"/>
        <source> · %1× speed</source>
        <translation> · %1-fache Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="29"/>
        <source> · same weekday and hour as now</source>
        <translation> · gleicher Wochentag und gleiche Stunde wie jetzt</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="31"/>
        <source>The embedded default replays real recorded grid data (Electricity Maps) on a clock that maps today onto the same week of %1. It is not live data.</source>
        <translation>Die eingebaute Voreinstellung gibt echte aufgezeichnete Netzdaten (Electricity Maps) auf einer Uhr wieder, die heute auf dieselbe Woche von %1 abbildet. Es sind keine Live-Daten.</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="38"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Data problem:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Datenproblem:&lt;/b&gt; %1&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>greenlight::ScenarioEditor</name>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="82"/>
        <source> g/kWh</source>
        <translation> g/kWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="83"/>
        <location filename="../views/widgets/scenarioeditor.cpp" line="84"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="85"/>
        <location filename="../views/widgets/scenarioeditor.cpp" line="86"/>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="88"/>
        <location filename="../views/widgets/scenarioeditor.cpp" line="89"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="91"/>
        <source>Only jobs submitted in</source>
        <translation>Nur Jobs, die im Zeitraum eingereicht wurden</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="99"/>
        <source>Add site</source>
        <translation>Standort hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="100"/>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="102"/>
        <source>a name for this scenario</source>
        <translation>ein Name für dieses Szenario</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="109"/>
        <location filename="../views/widgets/scenarioeditor.cpp" line="110"/>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="111"/>
        <source>Every forecast value is multiplied by 1 + bias: what if the forecasts were this far off?</source>
        <translation>Jeder Prognosewert wird mit 1 + Bias multipliziert: was, wenn die Prognosen so weit daneben lägen?</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="112"/>
        <source>Multiplicative log-normal noise per forecast hour (σ), mean-neutral; the seed makes it reproducible</source>
        <translation>Multiplikatives log-normales Rauschen pro Prognosestunde (σ), mittelwertneutral; der Seed macht es reproduzierbar</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="113"/>
        <source>threshold-migrate moves a job when home is dirtier than the cleanest site by more than this</source>
        <translation>threshold-migrate verlagert einen Job, wenn der Heimatstandort um mehr als diesen Wert schmutziger ist als der sauberste Standort</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="125"/>
        <source>Scheduling</source>
        <translation>Planung</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="127"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="128"/>
        <source>Policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="129"/>
        <source>Migration threshold θ</source>
        <translation>Verlagerungsschwelle θ</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="130"/>
        <source>Max delay, jobs &gt; 1 h</source>
        <translation>Max. Verzögerung, Jobs &gt; 1 h</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="131"/>
        <source>Max delay, short jobs</source>
        <translation>Max. Verzögerung, kurze Jobs</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="132"/>
        <source>Daily budget cap</source>
        <translation>Tägliche Budgetobergrenze</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="133"/>
        <source>Monthly budget cap</source>
        <translation>Monatliche Budgetobergrenze</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="136"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="138"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="139"/>
        <source>Injected bias</source>
        <translation>Eingespeister Bias</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="140"/>
        <source>Injected noise</source>
        <translation>Eingespeistes Rauschen</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="141"/>
        <source>Noise seed</source>
        <translation>Rausch-Seed</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="144"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="147"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="148"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="151"/>
        <source>Fleet sites</source>
        <translation>Flottenstandorte</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="153"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="153"/>
        <location filename="../views/widgets/scenarioeditor.cpp" line="163"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="153"/>
        <location filename="../views/widgets/scenarioeditor.cpp" line="163"/>
        <source>Cooling</source>
        <translation>Kühlung</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="161"/>
        <source>Sites to add</source>
        <translation>Neue Standorte</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="163"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="163"/>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="172"/>
        <source>Grid zone of the new site (any zone with a bundled trace)</source>
        <translation>Netzzone des neuen Standorts (jede Zone mit mitgelieferter Zeitreihe)</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="175"/>
        <source> GPUs</source>
        <translation> GPUs</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="217"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="235"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>greenlight::SitePlannerFeed</name>
    <message>
        <location filename="../engine/service/siteplannerfeed.cpp" line="39"/>
        <source>The intensity traces are still loading.</source>
        <translation>Die Intensitätszeitreihen werden noch geladen.</translation>
    </message>
</context>
<context>
    <name>greenlight::SitePlannerPanel</name>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="63"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="64"/>
        <source> GPUs</source>
        <translation> GPUs</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="66"/>
        <source>Run what-if with this portfolio</source>
        <translation>What-if mit diesem Portfolio ausführen</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="72"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="86"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="88"/>
        <source>Sites, at least</source>
        <translation>Standorte, mindestens</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="89"/>
        <source>Sites, at most</source>
        <translation>Standorte, höchstens</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="90"/>
        <source>Latency SLA</source>
        <translation>Latenz-SLA</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="91"/>
        <source>GPUs per new site</source>
        <translation>GPUs pro neuem Standort</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="92"/>
        <source>A user region counts as served when a picked site is within this round trip</source>
        <translation>Eine Nutzerregion gilt als versorgt, wenn ein gewählter Standort innerhalb dieser Umlaufzeit liegt</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="99"/>
        <source>Each criterion is scaled to 0–1 over all zones (1 = best); the score is the weighted mean over the criteria a zone has data for. The portfolio adds, one at a time, the zone with the best score plus the low-carbon hours and user regions it newly covers, minus half its highest correlation with earlier picks.</source>
        <translation>Jedes Kriterium wird über alle Zonen auf 0–1 skaliert (1 = am besten); der Score ist der gewichtete Mittelwert über die Kriterien, für die eine Zone Daten hat. Das Portfolio nimmt nacheinander die Zone mit dem besten Score zuzüglich der neu abgedeckten CO₂-armen Stunden und Nutzerregionen auf, abzüglich der Hälfte ihrer höchsten Korrelation mit früheren Auswahlen.</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="129"/>
        <source>Ranking the bundled zones…</source>
        <translation>Die mitgelieferten Zonen werden bewertet…</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="148"/>
        <source>The site planner could not rank the zones: %1</source>
        <translation>Der Standortplaner konnte die Zonen nicht bewerten: %1</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="187"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, %3)</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="193"/>
        <source>Proposed portfolio of %1 new sites: %2.&lt;br&gt;Together they have at least one site at or below %3 g/kWh in %4 % of the hours of 2022, serve %5 of the fleet&apos;s %6 user regions within %7 ms, and their hourly intensities correlate by %8 on average. Zones the fleet already uses are not proposed.</source>
        <translation>Vorgeschlagenes Portfolio aus %1 neuen Standorten: %2.&lt;br&gt;Zusammen haben sie in %4 % der Stunden von 2022 mindestens einen Standort mit höchstens %3 g/kWh, versorgen %5 der %6 Nutzerregionen der Flotte innerhalb von %7 ms, und ihre stündlichen Intensitäten korrelieren im Mittel mit %8. Zonen, die die Flotte bereits nutzt, werden nicht vorgeschlagen.</translation>
    </message>
</context>
<context>
    <name>greenlight::SiteRankingModel</name>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="58"/>
        <source>gain %1: score %2, +%3 % low-carbon hours covered, +%4 user regions, highest correlation with earlier picks %5</source>
        <translation>Gewinn %1: Score %2, +%3 % abgedeckte CO₂-arme Stunden, +%4 Nutzerregionen, höchste Korrelation mit früheren Auswahlen %5</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="92"/>
        <source> (fleet)</source>
        <translation> (Flotte)</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="105"/>
        <source>no weather</source>
        <translation>kein Wetter</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="113"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="116"/>
        <source>pick %1</source>
        <translation>Wahl %1</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="129"/>
        <source>Mean lifecycle intensity over the analysis year, gCO₂e/kWh (lower is better)</source>
        <translation>Mittlere Lebenszyklus-Intensität im Analysejahr, gCO₂e/kWh (niedriger ist besser)</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="131"/>
        <source>10th percentile of the hourly intensity: how clean the cleanest hours are</source>
        <translation>10. Perzentil der stündlichen Intensität: wie sauber die saubersten Stunden sind</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="133"/>
        <source>Share of hours at or below %1 gCO₂e/kWh</source>
        <translation>Anteil der Stunden mit höchstens %1 gCO₂e/kWh</translation>
    </message>
    <message>
        <source>Economiser hours of an air-economiser plant in the zone&apos;s bundled hourly weather; &quot;no weather&quot; where none is bundled (scored on the other criteria)</source>
        <translation type="vanished">Economizer-Stunden einer Luft-Economizer-Anlage im mitgelieferten stündlichen Wetter der Zone; „kein Wetter“, wo keins mitgeliefert ist (auf den übrigen Kriterien bewertet)</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="136"/>
        <source>Economiser hours of an air-economiser plant in the zone&apos;s bundled hourly weather; &quot;no weather&quot; where none is bundled (scored as the median zone on this criterion)</source>
        <translation>Economizer-Stunden einer Luft-Economizer-Anlage im mitgelieferten stündlichen Wetter der Zone; „kein Wetter“, wo keins mitgeliefert ist (wie die mittlere Zone bei diesem Kriterium bewertet)</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="139"/>
        <source>Mean estimated round trip to the fleet&apos;s user regions, ms</source>
        <translation>Mittlere geschätzte Umlaufzeit zu den Nutzerregionen der Flotte, ms</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="141"/>
        <source>Data-sovereignty area; a jurisdiction the fleet already operates in scores 1</source>
        <translation>Datenhoheitsraum; ein Rechtsraum, in dem die Flotte bereits tätig ist, erhält 1</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="143"/>
        <source>Mean carbon-free share from the trace, where the trace has that column (not scored)</source>
        <translation>Mittlerer CO₂-freier Anteil aus der Zeitreihe, wo sie diese Spalte hat (nicht bewertet)</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="152"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="154"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="156"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="158"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="160"/>
        <source>Mean g/kWh</source>
        <translation>Mittel g/kWh</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="162"/>
        <source>p10 g/kWh</source>
        <translation>p10 g/kWh</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="164"/>
        <source>Low-carbon h %</source>
        <translation>CO₂-arm h %</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="166"/>
        <source>Free-cooling h</source>
        <translation>Freikühlung h</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="168"/>
        <source>Mean RTT to users, ms</source>
        <translation>Mittl. RTT zu Nutzern, ms</translation>
    </message>
    <message>
        <source>Latency ms</source>
        <translation type="vanished">Latenz ms</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="170"/>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="172"/>
        <source>CFE % (trace)</source>
        <translation>CFE % (Zeitreihe)</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="174"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
</context>
<context>
    <name>greenlight::WhatIfComparisonModel</name>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="74"/>
        <source>%1 points</source>
        <translation>%1 Prozentpunkte</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="74"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="110"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="112"/>
        <source>Current plan</source>
        <translation>Aktueller Plan</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="114"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="116"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="123"/>
        <source>Emissions (t CO₂e)</source>
        <translation>Emissionen (t CO₂e)</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="125"/>
        <source>Saving vs baseline</source>
        <translation>Einsparung vs. Baseline</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="127"/>
        <source>Baseline emissions (t CO₂e)</source>
        <translation>Baseline-Emissionen (t CO₂e)</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="129"/>
        <source>Deadline misses</source>
        <translation>Fristüberschreitungen</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="131"/>
        <source>p95 start delay (h)</source>
        <translation>p95-Startverzögerung (h)</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="133"/>
        <source>Migrations</source>
        <translation>Verlagerungen</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="135"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="137"/>
        <source>Unplaced jobs</source>
        <translation>Nicht platzierte Jobs</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="139"/>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
</context>
<context>
    <name>greenlight::WhatIfPanel</name>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="27"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="28"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="29"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="30"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="52"/>
        <source>Simulate the scenario and the current plan on the bundled job trace, in the background</source>
        <translation>Szenario und aktuellen Plan im Hintergrund auf der mitgelieferten Job-Zeitreihe simulieren</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="71"/>
        <source>Change any knob on the left and press Run: the scenario is simulated next to the current plan (spatiotemporal policy, ridge forecast, the fleet as it is) on the bundled GPU trace.</source>
        <translation>Ändern Sie links beliebige Parameter und drücken Sie Ausführen: das Szenario wird neben dem aktuellen Plan (raumzeitliche Strategie, Ridge-Prognose, die Flotte wie sie ist) auf der mitgelieferten GPU-Zeitreihe simuliert.</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="104"/>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="104"/>
        <location filename="../views/widgets/whatifpanel.cpp" line="112"/>
        <source>Greenlight scenarios (*.json)</source>
        <translation>Greenlight-Szenarien (*.json)</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="112"/>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="123"/>
        <source>The scenario could not run: %1</source>
        <translation>Das Szenario konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="128"/>
        <source>Cancelled; the last comparison stays as it was.</source>
        <translation>Abgebrochen; der letzte Vergleich bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="144"/>
        <source>Running the scenario and the current plan…</source>
        <translation>Szenario und aktueller Plan werden berechnet…</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="160"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="162"/>
        <source>Could not save the scenario: %1</source>
        <translation>Das Szenario konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="170"/>
        <source>Could not open the scenario: %1</source>
        <translation>Das Szenario konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="174"/>
        <source>Opened %1; press Run to compare it with the current plan.</source>
        <translation>%1 geöffnet; drücken Sie Ausführen, um es mit dem aktuellen Plan zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="180"/>
        <source>What-if is unavailable: %1</source>
        <translation>What-if ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="195"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 t CO₂e against %3 t for the current plan (%4 %), %5 deadline misses against %6. Scenario: %7 with %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 t CO₂e gegenüber %3 t für den aktuellen Plan (%4 %), %5 Fristüberschreitungen gegenüber %6. Szenario: %7 mit %8.</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="197"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="209"/>
        <source>Done in %1 s.</source>
        <translation>Fertig in %1 s.</translation>
    </message>
</context>
<context>
    <name>greenlight::WhatIfRunner</name>
    <message>
        <location filename="../engine/service/whatifrunner.cpp" line="34"/>
        <source>The intensity traces are still loading; run the scenario again in a moment.</source>
        <translation>Die Intensitätszeitreihen werden noch geladen; führen Sie das Szenario gleich noch einmal aus.</translation>
    </message>
</context>
<context>
    <name>greenlight::WhatIfWiring</name>
    <message>
        <location filename="../app/console/whatifwiring.cpp" line="29"/>
        <source>What-if</source>
        <translation>What-if</translation>
    </message>
    <message>
        <location filename="../app/console/whatifwiring.cpp" line="30"/>
        <source>Site planner</source>
        <translation>Standortplaner</translation>
    </message>
</context>
</TS>
