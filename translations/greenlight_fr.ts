<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConsoleOptions</name>
    <message>
        <location filename="../app/console/consoleoptions.cpp" line="25"/>
        <source>Greenlight: run AI compute where and when the electricity is cleanest.</source>
        <translation>Greenlight : exécuter le calcul IA là et quand l’électricité est la plus propre.</translation>
    </message>
</context>
<context>
    <name>DataPaths</name>
    <message>
        <location filename="../app/console/datapaths.cpp" line="26"/>
        <source>The bundled data (carbon/zones.csv) was not found in: %1</source>
        <translation>Les données fournies (carbon/zones.csv) sont introuvables dans : %1</translation>
    </message>
</context>
<context>
    <name>FleetKeyLayer</name>
    <message>
        <location filename="../views/map/fleetkeylayer.cpp" line="16"/>
        <source>site: size = GPUs, colour = intensity × PUE</source>
        <translation>site : taille = GPU, couleur = intensité × PUE</translation>
    </message>
    <message>
        <location filename="../views/map/fleetkeylayer.cpp" line="18"/>
        <source>jobs running away from home</source>
        <translation>tâches exécutées hors de leur site d’origine</translation>
    </message>
    <message>
        <location filename="../views/map/fleetkeylayer.cpp" line="19"/>
        <source>jobs waiting to start elsewhere</source>
        <translation>tâches en attente de démarrage ailleurs</translation>
    </message>
    <message>
        <location filename="../views/map/fleetkeylayer.cpp" line="22"/>
        <source>live provider value</source>
        <translation>valeur en direct du fournisseur</translation>
    </message>
    <message>
        <location filename="../views/map/fleetkeylayer.cpp" line="23"/>
        <source>stale provider value (age)</source>
        <translation>valeur du fournisseur périmée (âge)</translation>
    </message>
</context>
<context>
    <name>LegendLayer</name>
    <message>
        <location filename="../views/map/maplayers.cpp" line="156"/>
        <source>Grid carbon intensity, gCO₂eq/kWh (lifecycle)</source>
        <translation>Intensité carbone du réseau, gCO₂eq/kWh (cycle de vie)</translation>
    </message>
    <message>
        <location filename="../views/map/maplayers.cpp" line="160"/>
        <source>Grid carbon intensity at %1 UTC, gCO₂eq/kWh</source>
        <translation>Intensité carbone du réseau à %1 UTC, gCO₂eq/kWh</translation>
    </message>
    <message>
        <location filename="../views/map/maplayers.cpp" line="195"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <location filename="../views/map/maplayers.cpp" line="196"/>
        <source>split into zones</source>
        <translation>divisé en zones</translation>
    </message>
    <message>
        <location filename="../views/map/maplayers.cpp" line="197"/>
        <source>sub-national zone</source>
        <translation>zone infranationale</translation>
    </message>
</context>
<context>
    <name>MapTooltip</name>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="17"/>
        <source>No data for this time</source>
        <translation>Pas de données pour cet instant</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="21"/>
        <source>%1 gCO₂eq/kWh (lifecycle)</source>
        <translation>%1 gCO₂eq/kWh (cycle de vie)</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="25"/>
        <source>%1 % carbon-free</source>
        <translation>%1 % décarboné</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="27"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="30"/>
        <source>replayed from the recorded trace</source>
        <translation>rejoué depuis la série enregistrée</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="32"/>
        <source>estimated by the data source</source>
        <translation>estimé par la source de données</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="42"/>
        <source>Split into several grid zones: see the markers</source>
        <translation>Divisé en plusieurs zones de réseau : voir les marqueurs</translation>
    </message>
    <message>
        <location filename="../views/map/maptooltip.cpp" line="43"/>
        <source>No carbon-intensity data for this country</source>
        <translation>Pas de données d’intensité carbone pour ce pays</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../engine/service/planfeed.cpp" line="113"/>
        <source>%1 with the %2 forecast: %3 jobs, expected %4 t CO₂e vs %5 t for the baseline (%6 % less)</source>
        <translation>%1 avec la prévision %2 : %3 tâches, %4 t CO₂e attendues contre %5 t pour la référence (%6 % de moins)</translation>
    </message>
    <message>
        <location filename="../engine/service/planfeed.cpp" line="121"/>
        <source> (%1 rows of the trace are no GPU job to plan: CPU-only, never started, no duration or larger than any site)</source>
        <translation> (%1 lignes de la trace ne sont pas une tâche GPU à planifier : CPU seul, jamais démarrée, sans durée ou plus grande que tout site)</translation>
    </message>
    <message>
        <location filename="../engine/service/planfeed.cpp" line="129"/>
        <source>; no intensity data for the period at %1, left out (%2)</source>
        <translation> ; pas de données d’intensité pour la période à %1, exclu (%2)</translation>
    </message>
    <message>
        <location filename="../engine/service/zoneforecastfeed.cpp" line="40"/>
        <source>%1 has no trace to forecast from</source>
        <translation>%1 n’a pas de série à partir de laquelle prévoir</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="34"/>
        <source>air</source>
        <translation>air</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="36"/>
        <source>air + economiser</source>
        <translation>air + économiseur</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="38"/>
        <source>direct-to-chip liquid</source>
        <translation>liquide direct sur puce</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="40"/>
        <source>immersion</source>
        <translation>immersion</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="30"/>
        <source>Mean intensity</source>
        <translation>Intensité moyenne</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="32"/>
        <source>p10 intensity</source>
        <translation>Intensité p10</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="34"/>
        <source>Low-carbon hours</source>
        <translation>Heures bas carbone</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="36"/>
        <source>Free-cooling hours</source>
        <translation>Heures de refroidissement libre</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="38"/>
        <source>Latency to users</source>
        <translation>Latence vers les utilisateurs</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="40"/>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
</context>
<context>
    <name>greenlight::AboutDialog</name>
    <message>
        <location filename="../views/widgets/aboutdialog.cpp" line="14"/>
        <source>About Greenlight</source>
        <translation>À propos de Greenlight</translation>
    </message>
    <message>
        <location filename="../views/widgets/aboutdialog.cpp" line="20"/>
        <source>&lt;h2&gt;Greenlight %1&lt;/h2&gt;&lt;p&gt;Runs AI compute where and when the electricity is cleanest: shifts flexible work in time and space and keeps a carbon budget.&lt;/p&gt;&lt;p&gt;Bundled data and licences:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Greenlight %1&lt;/h2&gt;&lt;p&gt;Exécute le calcul IA là et quand l’électricité est la plus propre : décale le travail flexible dans le temps et l’espace et tient un budget carbone.&lt;/p&gt;&lt;p&gt;Données fournies et licences :&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/widgets/aboutdialog.cpp" line="29"/>
        <source>The attribution file resources/data/ATTRIBUTION.md was not found next to the application.</source>
        <translation>Le fichier resources/data/ATTRIBUTION.md est introuvable à côté de l’application.</translation>
    </message>
</context>
<context>
    <name>greenlight::ApprovalInbox</name>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="56"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="57"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="62"/>
        <source>Awaiting decision</source>
        <translation>En attente de décision</translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="63"/>
        <source>All proposals</source>
        <translation>Toutes les propositions</translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="75"/>
        <source>Reason (required, goes into the audit log)</source>
        <translation>Motif (obligatoire, inscrit au journal d’audit)</translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="81"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/widgets/approvalinbox.cpp" line="153"/>
        <source>Approving %n proposal(s)…</source>
        <translation>
            <numerusform>Approbation de %n proposition…</numerusform>
            <numerusform>Approbation de %n propositions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/widgets/approvalinbox.cpp" line="154"/>
        <source>Rejecting %n proposal(s)…</source>
        <translation>
            <numerusform>Rejet de %n proposition…</numerusform>
            <numerusform>Rejet de %n propositions…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="181"/>
        <source>&lt;p&gt;Select a proposal to see why the policy made it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une proposition pour voir pourquoi la politique l’a faite.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/widgets/approvalinbox.cpp" line="182"/>
        <source>&lt;p&gt;%n proposals selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n proposition sélectionnée.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n propositions sélectionnées.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="195"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; job &lt;b&gt;%2&lt;/b&gt; (policy %3)&lt;br&gt;site %4 (%5) → %6 (%7)&lt;br&gt;start %8 → %9&lt;br&gt;deadline %10, slack %11 min&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; tâche &lt;b&gt;%2&lt;/b&gt; (politique %3)&lt;br&gt;site %4 (%5) → %6 (%7)&lt;br&gt;début %8 → %9&lt;br&gt;échéance %10, marge %11 min&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="202"/>
        <source>&lt;p&gt;Expected saving &lt;b&gt;%1 kg CO₂e&lt;/b&gt;; forecast band %2 to %3 kg. Budget %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Économie attendue &lt;b&gt;%1 kg CO₂e&lt;/b&gt; ; bande de prévision de %2 à %3 kg. Budget %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="207"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="212"/>
        <source>&lt;p&gt;Decided by %1: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Décidé par %1 : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/widgets/approvalinbox.cpp" line="214"/>
        <source>Trail</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>greenlight::ApprovalWiring</name>
    <message>
        <location filename="../app/console/approvalwiring.cpp" line="22"/>
        <source>Approval inbox</source>
        <translation>Boîte d’approbation</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/console/approvalwiring.cpp" line="35"/>
        <source>%n proposal(s) expired: the job can no longer meet its deadline, or no operator decided within the rule&apos;s time (the job keeps its plan). Show &quot;All proposals&quot; to see them.</source>
        <translation>
            <numerusform>%n proposition expirée : la tâche ne peut plus tenir son échéance, ou aucun opérateur n’a décidé à temps (la tâche garde son plan). « Toutes les propositions » la montre.</numerusform>
            <numerusform>%n propositions expirées : les tâches ne peuvent plus tenir leur échéance, ou aucun opérateur n’a décidé à temps (les tâches gardent leur plan). « Toutes les propositions » les montre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/console/approvalwiring.cpp" line="46"/>
        <source>Signed in as %1 (%2): only operators approve or reject</source>
        <translation>Connecté en tant que %1 (%2) : seuls les opérateurs approuvent ou rejettent</translation>
    </message>
    <message>
        <location filename="../app/console/approvalwiring.cpp" line="63"/>
        <source>Approved proposals will not be dispatched: %1</source>
        <translation>Les propositions approuvées ne seront pas envoyées : %1</translation>
    </message>
    <message>
        <location filename="../app/console/approvalwiring.cpp" line="72"/>
        <source>%1: %2…</source>
        <translation>%1 : %2…</translation>
    </message>
    <message>
        <location filename="../app/console/approvalwiring.cpp" line="76"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
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
        <translation>RESSERREMENT</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetgauge.cpp" line="32"/>
        <source>RESTRICTED</source>
        <translation>RESTREINT</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetgauge.cpp" line="33"/>
        <source>CRITICAL</source>
        <translation>CRITIQUE</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetgauge.cpp" line="36"/>
        <source>no cap</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetgauge.cpp" line="43"/>
        <source>%1: %2 of %3 kg CO₂e used, and %4 kg more planned before the period ends (the state counts both, as the policies do); emitted at %5× the pace of an even spread over the period</source>
        <translation>%1 : %2 sur %3 kg CO₂e consommés, et %4 kg de plus prévus d’ici la fin de la période (l’état compte les deux, comme les stratégies) ; émis à %5× le rythme d’une répartition uniforme sur la période</translation>
    </message>
    <message>
        <source>%1: %2 of %3 kg CO₂e used; pace %4× an even spread over the period</source>
        <translation type="vanished">%1 : %2 sur %3 kg CO₂e consommés ; rythme %4× une répartition uniforme sur la période</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetgauge.cpp" line="50"/>
        <source>%1: %2 kg CO₂e; the fleet sets no cap for this period</source>
        <translation>%1 : %2 kg CO₂e ; le parc ne fixe pas de plafond pour cette période</translation>
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
        <translation>planification…</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetgauge.cpp" line="104"/>
        <source>%1 · pace %2×</source>
        <translation>%1 · rythme %2×</translation>
    </message>
</context>
<context>
    <name>greenlight::BudgetPanel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 kg CO₂e&lt;br&gt;baseline %3 kg · %4 %5 kg (%6 %)</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt; : %2 kg CO₂e&lt;br&gt;référence %3 kg · %4 %5 kg (%6 %)</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="26"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 kg CO₂e&lt;br&gt;baseline %3 kg · %4 %5 kg (%6 %)&lt;br&gt;planned to the end: %7 kg more</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 kg CO₂e&lt;br&gt;référence %3 kg · %4 %5 kg (%6 %)&lt;br&gt;prévu jusqu’à la fin : %7 kg de plus</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="30"/>
        <source>saved</source>
        <translation>économisés</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="30"/>
        <source>over by</source>
        <translation>dépassement de</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="51"/>
        <location filename="../views/widgets/budgetpanel.cpp" line="55"/>
        <location filename="../views/widgets/budgetpanel.cpp" line="124"/>
        <location filename="../views/widgets/budgetpanel.cpp" line="138"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="52"/>
        <location filename="../views/widgets/budgetpanel.cpp" line="54"/>
        <location filename="../views/widgets/budgetpanel.cpp" line="123"/>
        <location filename="../views/widgets/budgetpanel.cpp" line="137"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="62"/>
        <source>Burn-down:</source>
        <translation>Consommation :</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="77"/>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="100"/>
        <source>Waiting for the plan of the bundled workload…</source>
        <translation>En attente du plan de la charge de travail fournie…</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="126"/>
        <source>The fleet sets no carbon budget; emissions are shown against the baseline.</source>
        <translation>Le parc ne fixe pas de budget carbone ; les émissions sont comparées à la référence.</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="130"/>
        <source>every decision goes to a human</source>
        <translation>chaque décision revient à un humain</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="131"/>
        <source>only the leanest model tiers and clean slots</source>
        <translation>uniquement les niveaux de modèle les plus sobres et les créneaux propres</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="132"/>
        <source>policies favour cleaner, later slots</source>
        <translation>les politiques privilégient des créneaux plus propres et plus tardifs</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="133"/>
        <source>within budget</source>
        <translation>dans le budget</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="134"/>
        <source>&lt;b&gt;Budget %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;Budget %1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="159"/>
        <source>budget left under the plan</source>
        <translation>budget restant selon le plan</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="159"/>
        <source>emitted under the plan</source>
        <translation>émis selon le plan</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="160"/>
        <source>budget left under the baseline</source>
        <translation>budget restant selon la référence</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="160"/>
        <source>emitted under the baseline</source>
        <translation>émis selon la référence</translation>
    </message>
    <message>
        <location filename="../views/widgets/budgetpanel.cpp" line="163"/>
        <source>even spend to the period&apos;s end</source>
        <translation>consommation régulière jusqu’à la fin de la période</translation>
    </message>
</context>
<context>
    <name>greenlight::BudgetWiring</name>
    <message>
        <location filename="../app/console/budgetwiring.cpp" line="14"/>
        <source>Carbon budget</source>
        <translation>Budget carbone</translation>
    </message>
    <message>
        <location filename="../app/console/budgetwiring.cpp" line="26"/>
        <source>No budget view: the plan failed (%1)</source>
        <translation>Pas de vue budget : le plan a échoué (%1)</translation>
    </message>
</context>
<context>
    <name>greenlight::CompositionRoot</name>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="87"/>
        <source>Bundled data not found</source>
        <translation>Données fournies introuvables</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="110"/>
        <source>Opening the operations database…</source>
        <translation>Ouverture de la base d’exploitation…</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="150"/>
        <source>Map geometry could not be loaded</source>
        <translation>La géométrie de la carte n’a pas pu être chargée</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="162"/>
        <source>Unknown zone %1 (see greenlight-cli zones)</source>
        <translation>Zone inconnue %1 (voir greenlight-cli zones)</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="170"/>
        <source>Carbon-intensity data could not be loaded</source>
        <translation>Les données d’intensité carbone n’ont pas pu être chargées</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="173"/>
        <source>Some carbon-intensity files were skipped</source>
        <translation>Certains fichiers d’intensité carbone ont été ignorés</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="174"/>
        <source>These files have errors and were not loaded; every other zone is shown.

%1</source>
        <translation>Ces fichiers contiennent des erreurs et n’ont pas été chargés ; toutes les autres zones sont affichées.

%1</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="180"/>
        <source>Short gaps in carbon-intensity files were filled with the last value before them and are shown as estimated (missing steps per file): %1</source>
        <translation>De courtes lacunes dans les fichiers d’intensité carbone ont été comblées avec la dernière valeur qui les précède et sont signalées comme estimées (pas manquants par fichier) : %1</translation>
    </message>
    <message>
        <source>Short gaps in carbon-intensity files were filled in by interpolation and are shown as estimated (missing steps per file): %1</source>
        <translation type="vanished">De courtes lacunes dans les fichiers d’intensité carbone ont été comblées par interpolation et sont signalées comme estimées (pas manquants par fichier) : %1</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="198"/>
        <source>No forecast for %1: %2</source>
        <translation>Pas de prévision pour %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="230"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="231"/>
        <source>Operations database %1, schema %2</source>
        <translation>Base d’exploitation %1, schéma %2</translation>
    </message>
    <message>
        <location filename="../app/console/compositionroot.cpp" line="235"/>
        <source>Operations database unavailable</source>
        <translation>Base d’exploitation indisponible</translation>
    </message>
</context>
<context>
    <name>greenlight::CoolingPanel</name>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="77"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="77"/>
        <source>Cooling</source>
        <translation>Refroidissement</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="77"/>
        <source>PUE mean</source>
        <translation>PUE moyen</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="77"/>
        <source>PUE range</source>
        <translation>Plage PUE</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="77"/>
        <source>Free-cooling h</source>
        <translation>Refr. libre h</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="78"/>
        <source>WUE L/kWh</source>
        <translation>WUE L/kWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="78"/>
        <source>Outdoor °C</source>
        <translation>Extérieur °C</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="78"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="81"/>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="91"/>
        <source>Computing PUE from the bundled weather…</source>
        <translation>Calcul du PUE à partir de la météo fournie…</translation>
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
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../views/widgets/coolingpanel.cpp" line="139"/>
        <source>PUE and outdoor temperature, %1 (UTC)</source>
        <translation>PUE et température extérieure, %1 (UTC)</translation>
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
        <translation>extérieur °C</translation>
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
        <translation>Refroidissement / PUE</translation>
    </message>
    <message>
        <location filename="../app/console/coolingwiring.cpp" line="15"/>
        <source>PUE could not be computed: %1</source>
        <translation>Le PUE n’a pas pu être calculé : %1</translation>
    </message>
</context>
<context>
    <name>greenlight::DailyEmissionsChart</name>
    <message>
        <location filename="../views/widgets/dailyemissionschart.cpp" line="31"/>
        <source>Emissions per day: run a scenario to compare it with the current plan</source>
        <translation>Émissions par jour : lancez un scénario pour le comparer au plan actuel</translation>
    </message>
    <message>
        <location filename="../views/widgets/dailyemissionschart.cpp" line="39"/>
        <source>Emissions per day (kg CO₂e, UTC days)</source>
        <translation>Émissions par jour (kg CO₂e, jours UTC)</translation>
    </message>
    <message>
        <location filename="../views/widgets/dailyemissionschart.cpp" line="42"/>
        <source>current plan</source>
        <translation>plan actuel</translation>
    </message>
    <message>
        <location filename="../views/widgets/dailyemissionschart.cpp" line="44"/>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <location filename="../views/widgets/dailyemissionschart.cpp" line="45"/>
        <source>scenario: %1</source>
        <translation>scénario : %1</translation>
    </message>
    <message>
        <location filename="../views/widgets/dailyemissionschart.cpp" line="63"/>
        <source>kg/day</source>
        <translation>kg/jour</translation>
    </message>
</context>
<context>
    <name>greenlight::DispatchService</name>
    <message>
        <location filename="../engine/service/dispatchservice.cpp" line="65"/>
        <source>the operations database is not open</source>
        <translation>la base d’exploitation n’est pas ouverte</translation>
    </message>
</context>
<context>
    <name>greenlight::ExecutiveSummary</name>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="68"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="72"/>
        <source>Accounting the plan of the bundled workload…</source>
        <translation>Comptabilisation du plan de la charge de travail fournie…</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="73"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="73"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="73"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="73"/>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="73"/>
        <source>Reference</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="74"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="74"/>
        <source>Facility MWh</source>
        <translation>Installation MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="74"/>
        <source>Location t</source>
        <translation>Localisation t</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="74"/>
        <source>Market t</source>
        <translation>Marché t</translation>
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
        <translation>Instruments MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="75"/>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan period %1 – %2&lt;/b&gt;: %3 jobs on the demo fleet, accounted with the recorded hourly intensity; PUE %4. The baseline runs the same jobs carbon-agnostic.</source>
        <translation type="vanished">&lt;b&gt;Période du plan %1 – %2&lt;/b&gt; : %3 tâches sur le parc de démonstration, comptabilisées avec l’intensité horaire enregistrée ; PUE %4. La référence exécute les mêmes tâches sans tenir compte du carbone.</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="115"/>
        <source>IT energy, MWh</source>
        <translation>Énergie informatique, MWh</translation>
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
        <translation>Énergie de l’installation, MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="117"/>
        <source>Energy from fossil sources, MWh</source>
        <translation>Énergie d’origine fossile, MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="118"/>
        <location filename="../views/widgets/executivesummary.cpp" line="120"/>
        <location filename="../views/widgets/executivesummary.cpp" line="122"/>
        <source>ESRS E1-5, by the grid&apos;s hourly mix</source>
        <translation>ESRS E1-5, selon le mix horaire du réseau</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="119"/>
        <source>Energy from nuclear sources, MWh</source>
        <translation>Énergie d’origine nucléaire, MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="121"/>
        <source>Energy from renewable sources, MWh</source>
        <translation>Énergie d’origine renouvelable, MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="123"/>
        <source>Energy of unpublished source, MWh</source>
        <translation>Énergie d’origine non publiée, MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="124"/>
        <source>ESRS E1-5: grids whose data gives no renewable or carbon-free share</source>
        <translation>ESRS E1-5 : réseaux dont les données ne donnent ni part renouvelable ni part décarbonée</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="125"/>
        <source>Scope 2 location-based, t CO₂e</source>
        <translation>Scope 2 basé sur la localisation, t CO₂e</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="126"/>
        <source>GHG Protocol Scope 2; ESRS E1-6; grid factors: %1</source>
        <translation>GHG Protocol Scope 2 ; ESRS E1-6 ; facteurs du réseau : %1</translation>
    </message>
    <message>
        <source>GHG Protocol Scope 2; ESRS E1-6</source>
        <translation type="vanished">GHG Protocol Scope 2 ; ESRS E1-6</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="98"/>
        <source>&lt;b&gt;Plan period %1 – %2&lt;/b&gt;: %3 jobs on the demo fleet, accounted with the recorded hourly intensity; PUE %4. The baseline runs the same jobs carbon-agnostic. Scope 2 counts generation only (direct factors where the grid publishes them): lower than the job queue&apos;s tonnes, which use life-cycle factors and include moving data.</source>
        <translation>&lt;b&gt;Période du plan %1 – %2&lt;/b&gt; : %3 tâches sur le parc de démonstration, comptabilisées avec l’intensité horaire enregistrée ; PUE %4. La référence exécute les mêmes tâches sans tenir compte du carbone. Le scope 2 ne compte que la production (facteurs directs là où le réseau les publie) : moins que les tonnes de la file des tâches, qui utilisent des facteurs de cycle de vie et incluent le transfert des données.</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="127"/>
        <source>Scope 2 market-based, t CO₂e</source>
        <translation>Scope 2 basé sur le marché, t CO₂e</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="128"/>
        <source>GHG Protocol Scope 2; ESRS E1-6; uncovered energy: %1</source>
        <translation>GHG Protocol Scope 2 ; ESRS E1-6 ; énergie non couverte : %1</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="129"/>
        <source>Contractual instruments claimed, MWh</source>
        <translation>Instruments contractuels revendiqués, MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="130"/>
        <source>GHG Protocol Scope 2 (market-based); per site on the right</source>
        <translation>GHG Protocol Scope 2 (fondé sur le marché) ; par site à droite</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="131"/>
        <source>Renewable energy share (REF), %</source>
        <translation>Part d’énergie renouvelable (REF), %</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="131"/>
        <source>ISO/IEC 30134-3; ESRS E1-5</source>
        <translation>ISO/IEC 30134-3 ; ESRS E1-5</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="132"/>
        <source>Hourly carbon-free energy, %</source>
        <translation>Énergie décarbonée heure par heure, %</translation>
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
        <translation>Facteur de réutilisation de l’énergie (ERF)</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="138"/>
        <source>ISO/IEC 30134-6</source>
        <translation>ISO/IEC 30134-6</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="139"/>
        <source>CUE location-based, kg CO₂e/kWh</source>
        <translation>CUE basé sur la localisation, kg CO₂e/kWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="139"/>
        <source>ISO/IEC 30134-8</source>
        <translation>ISO/IEC 30134-8</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="140"/>
        <source>SCI, g CO₂e per job</source>
        <translation>SCI, g CO₂e par tâche</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="140"/>
        <source>ISO/IEC 21031 (operational)</source>
        <translation>ISO/IEC 21031 (opérationnel)</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="169"/>
        <source>grid: %1; uncovered: %2%3</source>
        <translation>réseau : %1 ; non couvert : %2%3</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="202"/>
        <source>Export the summary</source>
        <translation>Exporter la synthèse</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="202"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="219"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location filename="../views/widgets/executivesummary.cpp" line="222"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>greenlight::ExecutiveWiring</name>
    <message>
        <location filename="../app/console/executivewiring.cpp" line="13"/>
        <source>Executive summary</source>
        <translation>Synthèse de direction</translation>
    </message>
    <message>
        <location filename="../app/console/executivewiring.cpp" line="22"/>
        <source>No summary: the plan failed (%1)</source>
        <translation>Pas de synthèse : le plan a échoué (%1)</translation>
    </message>
</context>
<context>
    <name>greenlight::FileSecretStore</name>
    <message>
        <location filename="../engine/providers/filesecretstore.cpp" line="32"/>
        <source>file %1 (readable only by you)</source>
        <translation>fichier %1 (lisible par vous seul)</translation>
    </message>
</context>
<context>
    <name>greenlight::HeatPanel</name>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="66"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="66"/>
        <source>Contract kW</source>
        <translation>Contrat kW</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="66"/>
        <source>Reused MWh</source>
        <translation>Réutilisé MWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="66"/>
        <source>Demand met %</source>
        <translation>Besoin couvert %</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="66"/>
        <source>Supply °C</source>
        <translation>Départ °C</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="67"/>
        <source>HP kWh</source>
        <translation>PAC kWh</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="67"/>
        <source>ERF</source>
        <translation>ERF</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="68"/>
        <source>District-heating connection, kW thermal</source>
        <translation>Raccordement au réseau de chaleur, kW thermiques</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="69"/>
        <source>Site heat used by the network over the window, MWh thermal</source>
        <translation>Chaleur du site utilisée par le réseau sur la période, MWh thermiques</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="70"/>
        <source>Heat-pump electricity to lift low-grade heat (outside the PUE boundary)</source>
        <translation>Électricité des pompes à chaleur pour relever la chaleur basse température (hors périmètre PUE)</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="71"/>
        <source>Energy Reuse Factor (ISO/IEC 30134-6): heat reused ÷ facility energy</source>
        <translation>Facteur de réutilisation de l’énergie (ISO/IEC 30134-6) : chaleur réutilisée ÷ énergie de l’installation</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="74"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="84"/>
        <source>Computing waste heat from the bundled weather…</source>
        <translation>Calcul de la chaleur fatale à partir de la météo fournie…</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="97"/>
        <source>Fleet (connected sites)</source>
        <translation>Parc (sites raccordés)</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="113"/>
        <source>no heat-reuse contract</source>
        <translation>pas de contrat de valorisation de chaleur</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="114"/>
        <source>no weather: network demand unknown</source>
        <translation>pas de météo : besoin du réseau inconnu</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="136"/>
        <source>Fleet</source>
        <translation>Parc</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/widgets/heatpanel.cpp" line="141"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="163"/>
        <source>District heating, fleet (UTC)</source>
        <translation>Réseau de chaleur, parc (UTC)</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="164"/>
        <source>IT load assumed at %1 % of every GPU&apos;s typical power; heat from the cooling loops, network demand from the outdoor temperature (heating degree-hours) and hot water.</source>
        <translation>Charge informatique supposée à %1 % de la puissance typique de chaque GPU ; chaleur issue des boucles de refroidissement, besoin du réseau d’après la température extérieure (degrés-heures de chauffage) et l’eau chaude sanitaire.</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="170"/>
        <source>District heating, %1 (UTC)</source>
        <translation>Réseau de chaleur, %1 (UTC)</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="171"/>
        <source>%1 (%2): %3 kWh IT per hour assumed; %4</source>
        <translation>%1 (%2) : %3 kWh informatiques par heure supposés ; %4</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="183"/>
        <source>network demand kWh_th</source>
        <translation>besoin du réseau kWh_th</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="185"/>
        <source>supply °C</source>
        <translation>départ °C</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="198"/>
        <source>heat delivered kWh_th</source>
        <translation>chaleur livrée kWh_th</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="207"/>
        <source>kWh_th per hour</source>
        <translation>kWh_th par heure</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="218"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../views/widgets/heatpanel.cpp" line="226"/>
        <source>No site of the fleet delivers heat to a network</source>
        <translation>Aucun site du parc ne livre de chaleur à un réseau</translation>
    </message>
</context>
<context>
    <name>greenlight::HeatWiring</name>
    <message>
        <location filename="../app/console/heatwiring.cpp" line="12"/>
        <source>Heat reuse</source>
        <translation>Valorisation de la chaleur</translation>
    </message>
    <message>
        <location filename="../app/console/heatwiring.cpp" line="22"/>
        <source>Waste heat could not be computed: %1</source>
        <translation>La chaleur fatale n’a pas pu être calculée : %1</translation>
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
        <translation>48 dernières h</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="49"/>
        <source>next 24 h (recorded trace)</source>
        <translation>24 prochaines h (série enregistrée)</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="55"/>
        <source>estimated hour</source>
        <translation>heure estimée</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="66"/>
        <source>forecast 80 % band</source>
        <translation>bande de prévision à 80 %</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="72"/>
        <source>forecast issued now</source>
        <translation>prévision émise maintenant</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="79"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="94"/>
        <source>Click a zone on the map to see its carbon intensity.</source>
        <translation>Cliquez sur une zone de la carte pour voir son intensité carbone.</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="175"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): no trace</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) : pas de série</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="225"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — lifecycle carbon intensity, replayed</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) — intensité carbone (cycle de vie), rejouée</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="228"/>
        <source>; %1 forecast issued %2 UTC</source>
        <translation> ; prévision %1 émise à %2 UTC</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="233"/>
        <source>; no forecast: %1</source>
        <translation> ; pas de prévision : %1</translation>
    </message>
    <message>
        <location filename="../views/widgets/intensitychart.cpp" line="235"/>
        <source> — the trace has no data around this time</source>
        <translation> — la série n’a pas de données autour de cet instant</translation>
    </message>
</context>
<context>
    <name>greenlight::JobQueueModel</name>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="29"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="30"/>
        <source>deferred</source>
        <translation>différée</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="31"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="32"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="33"/>
        <source>not placed</source>
        <translation>non placée</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="136"/>
        <source>%1 (from %2)</source>
        <translation>%1 (depuis %2)</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="157"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="158"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="159"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="160"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="161"/>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="162"/>
        <source>Submitted (UTC)</source>
        <translation>Soumise (UTC)</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="163"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="164"/>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="165"/>
        <source>Expected kg</source>
        <translation>kg attendus</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="166"/>
        <source>kg vs baseline</source>
        <translation>kg vs référence</translation>
    </message>
    <message>
        <location filename="../views/models/jobqueuemodel.cpp" line="167"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>greenlight::JobQueuePanel</name>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="28"/>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="29"/>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="31"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="31"/>
        <source>deferred</source>
        <translation>différée</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="32"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="32"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="33"/>
        <source>not placed</source>
        <translation>non placée</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="36"/>
        <source>Search job, kind, site or reason</source>
        <translation>Rechercher tâche, type, site ou motif</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="102"/>
        <source>&lt;b&gt;%1 %&lt;/b&gt;&lt;br&gt;GPU-hours on low-carbon power (≤ %2 g/kWh)</source>
        <translation>&lt;b&gt;%1 %&lt;/b&gt;&lt;br&gt;heures GPU sur électricité bas carbone (≤ %2 g/kWh)</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="105"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;deadline misses (baseline %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;échéances manquées (référence %2)</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="106"/>
        <source>&lt;b&gt;%1 h&lt;/b&gt;&lt;br&gt;p95 delay</source>
        <translation>&lt;b&gt;%1 h&lt;/b&gt;&lt;br&gt;retard p95</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="107"/>
        <source>&lt;b&gt;%1 t&lt;/b&gt;&lt;br&gt;CO₂e vs %2 t baseline (%3 % less)</source>
        <translation>&lt;b&gt;%1 t&lt;/b&gt;&lt;br&gt;CO₂e contre %2 t de référence (%3 % de moins)</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="112"/>
        <source>As run, with the recorded intensity: life-cycle factors (upstream included) × PUE, plus moving the jobs&apos; data. The line above gives what the forecast expected when planning; the executive summary&apos;s Scope 2 counts generation only (direct factors) and no data movement.</source>
        <translation>Tel qu’exécuté, avec l’intensité enregistrée : facteurs de cycle de vie (amont compris) × PUE, plus le transfert des données des tâches. La ligne ci-dessus donne ce que la prévision attendait lors de la planification ; le scope 2 du résumé exécutif ne compte que la production (facteurs directs) et aucun transfert de données.</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="117"/>
        <source>&lt;b&gt;%1 %&lt;/b&gt;&lt;br&gt;inference within %2 ms (mean %3 ms)</source>
        <translation>&lt;b&gt;%1 %&lt;/b&gt;&lt;br&gt;inférence en moins de %2 ms (moyenne %3 ms)</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="121"/>
        <source>&lt;b&gt;–&lt;/b&gt;&lt;br&gt;inference not routed</source>
        <translation>&lt;b&gt;–&lt;/b&gt;&lt;br&gt;inférence non routée</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="122"/>
        <source>&lt;b&gt;–&lt;/b&gt;&lt;br&gt;no inference trace</source>
        <translation>&lt;b&gt;–&lt;/b&gt;&lt;br&gt;pas de série d’inférence</translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="124"/>
        <source>The inference trace was not routed: %1</source>
        <translation>La trace d’inférence n’a pas été routée : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/widgets/jobqueuepanel.cpp" line="125"/>
        <source>Latency SLO of the inference service: %n request(s) of the bundled Azure LLM trace routed over the fleet (lowest-latency green site within the SLA, else the cleanest)</source>
        <translation>
            <numerusform>SLO de latence du service d’inférence : %n requête de la série Azure LLM fournie routée sur le parc (site vert à plus faible latence dans le SLA, sinon le plus propre)</numerusform>
            <numerusform>SLO de latence du service d’inférence : %n requêtes de la série Azure LLM fournie routées sur le parc (site vert à plus faible latence dans le SLA, sinon le plus propre)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/widgets/jobqueuepanel.cpp" line="142"/>
        <source>%1 of %2 jobs</source>
        <translation>%1 tâches sur %2</translation>
    </message>
</context>
<context>
    <name>greenlight::JobQueueWiring</name>
    <message>
        <location filename="../app/console/jobqueuewiring.cpp" line="15"/>
        <source>Planning the bundled job trace on the demo fleet…</source>
        <translation>Planification de la série de tâches fournie sur le parc de démonstration…</translation>
    </message>
    <message>
        <location filename="../app/console/jobqueuewiring.cpp" line="16"/>
        <source>Job queue</source>
        <translation>File des tâches</translation>
    </message>
    <message>
        <location filename="../app/console/jobqueuewiring.cpp" line="32"/>
        <source>The job queue could not be planned: %1</source>
        <translation>La file des tâches n’a pas pu être planifiée : %1</translation>
    </message>
</context>
<context>
    <name>greenlight::KeychainSecretStore</name>
    <message>
        <location filename="../engine/providers/keychainsecretstore.cpp" line="30"/>
        <source>%1 — no OS keychain answered</source>
        <translation>%1 — aucun trousseau du système n’a répondu</translation>
    </message>
    <message>
        <location filename="../engine/providers/keychainsecretstore.cpp" line="31"/>
        <source>OS keychain (service &quot;greenlight&quot;)</source>
        <translation>Trousseau du système (service « greenlight »)</translation>
    </message>
</context>
<context>
    <name>greenlight::MainWindow</name>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="20"/>
        <source>Zone intensity</source>
        <translation>Intensité de la zone</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="23"/>
        <source>Greenlight — carbon-aware compute console</source>
        <translation>Greenlight — console de calcul sobre en carbone</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="85"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="86"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="90"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="91"/>
        <source>&amp;Projection</source>
        <translation>&amp;Projection</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="93"/>
        <source>&amp;Robinson</source>
        <translation>&amp;Robinson</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="94"/>
        <source>&amp;Equirectangular</source>
        <translation>&amp;Équirectangulaire</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="103"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="106"/>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="106"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="106"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="116"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="119"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="122"/>
        <source>&amp;Whole world</source>
        <translation>&amp;Monde entier</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="126"/>
        <source>Show &amp;panel</source>
        <translation>Afficher le pa&amp;nneau</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="132"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="133"/>
        <source>Live data &amp;providers…</source>
        <translation>&amp;Fournisseurs de données en direct…</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="136"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="137"/>
        <source>&amp;About Greenlight and its data</source>
        <translation>&amp;À propos de Greenlight et de ses données</translation>
    </message>
    <message>
        <location filename="../app/console/mainwindow.cpp" line="139"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>greenlight::ProposalInbox</name>
    <message>
        <location filename="../engine/service/proposalinbox.cpp" line="34"/>
        <source>The approval inbox needs the operations database: %1</source>
        <translation>La boîte d’approbation a besoin de la base d’exploitation : %1</translation>
    </message>
    <message>
        <location filename="../engine/service/proposalinbox.cpp" line="92"/>
        <source>the operations database is not open</source>
        <translation>la base d’exploitation n’est pas ouverte</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/service/proposalinbox.cpp" line="94"/>
        <source>%n approved</source>
        <translation>
            <numerusform>%n approuvée</numerusform>
            <numerusform>%n approuvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/service/proposalinbox.cpp" line="94"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejetée</numerusform>
            <numerusform>%n rejetées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ProposalTableModel</name>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="15"/>
        <source>awaiting decision</source>
        <translation>en attente de décision</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="16"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="17"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="18"/>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="19"/>
        <source>dispatched</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="20"/>
        <source>confirmed</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="21"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="22"/>
        <source>rolled back</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="31"/>
        <source>defer</source>
        <translation>différer</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="32"/>
        <source>migrate</source>
        <translation>migrer</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="33"/>
        <source>defer + migrate</source>
        <translation>différer + migrer</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="127"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="128"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="129"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="130"/>
        <source>Delay h</source>
        <translation>Retard h</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="131"/>
        <source>Expected saving (band)</source>
        <translation>Économie attendue (bande)</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="132"/>
        <source>Slack</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="133"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location filename="../views/models/proposaltablemodel.cpp" line="134"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>greenlight::ProviderController</name>
    <message>
        <location filename="../app/console/providercontroller.cpp" line="206"/>
        <source>Enter at least one zone or region to test with.</source>
        <translation>Saisissez au moins une zone ou région pour le test.</translation>
    </message>
    <message>
        <location filename="../app/console/providercontroller.cpp" line="215"/>
        <source>Connected: %1 value(s) for %2</source>
        <translation>Connecté : %1 valeur(s) pour %2</translation>
    </message>
    <message>
        <location filename="../app/console/providercontroller.cpp" line="218"/>
        <source>, newest %1 %2 (%3)</source>
        <translation>, la plus récente %1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/console/providercontroller.cpp" line="241"/>
        <source>Live providers: none (replaying bundled data)</source>
        <translation>Fournisseurs en direct : aucun (rejeu des données fournies)</translation>
    </message>
    <message>
        <location filename="../app/console/providercontroller.cpp" line="243"/>
        <source>Live providers: %1 OK</source>
        <translation>Fournisseurs en direct : %1 OK</translation>
    </message>
    <message>
        <location filename="../app/console/providercontroller.cpp" line="244"/>
        <source>Live providers: %1 OK, %2 with problems</source>
        <translation>Fournisseurs en direct : %1 OK, %2 en difficulté</translation>
    </message>
    <message>
        <location filename="../app/console/providercontroller.cpp" line="246"/>
        <source>Settings → Providers shows each provider&apos;s state</source>
        <translation>Paramètres → Fournisseurs montre l’état de chaque fournisseur</translation>
    </message>
</context>
<context>
    <name>greenlight::ProviderSettingsDialog</name>
    <message>
        <location filename="../views/widgets/providersettingsdialog.cpp" line="20"/>
        <source>Live carbon-intensity providers</source>
        <translation>Fournisseurs d’intensité carbone en direct</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingsdialog.cpp" line="22"/>
        <source>Without any provider the console replays the bundled traces. Live values fall back to the provider&apos;s forecast, then the engine&apos;s own forecast, then the last known value — each shown with its age.</source>
        <translation>Sans fournisseur, la console rejoue les séries fournies. À défaut de valeurs en direct, elle utilise la prévision du fournisseur, puis la prévision du moteur, puis la dernière valeur connue — chacune affichée avec son âge.</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingsdialog.cpp" line="34"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingsdialog.cpp" line="36"/>
        <source>Keys and passwords are kept in: %1. They are never written to the settings file, the operations database or any log.</source>
        <translation>Les clés et mots de passe sont conservés dans : %1. Ils ne sont jamais écrits dans le fichier de paramètres, la base d’exploitation ni aucun journal.</translation>
    </message>
</context>
<context>
    <name>greenlight::ProviderSettingsPage</name>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="19"/>
        <source>Poll this provider</source>
        <translation>Interroger ce fournisseur</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="22"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="31"/>
        <source>GB for Great Britain, GB-REGION-1 … GB-REGION-17 for DNO regions</source>
        <translation>GB pour la Grande-Bretagne, GB-REGION-1 … GB-REGION-17 pour les régions DNO</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="32"/>
        <source>WattTime regions (CAISO_NORTH) or latitude,longitude</source>
        <translation>Régions WattTime (CAISO_NORTH) ou latitude,longitude</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="33"/>
        <source>Electricity Maps zone keys (DE, US-CAL-CISO) or latitude,longitude</source>
        <translation>Clés de zone Electricity Maps (DE, US-CAL-CISO) ou latitude,longitude</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="34"/>
        <source>Regions:</source>
        <translation>Régions :</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="34"/>
        <source>Zones:</source>
        <translation>Zones :</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="37"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="40"/>
        <source>Poll every:</source>
        <translation>Interroger toutes les :</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="42"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="45"/>
        <source>Give up after:</source>
        <translation>Abandonner après :</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="46"/>
        <source>API address:</source>
        <translation>Adresse de l’API :</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="50"/>
        <source>life-cycle (default)</source>
        <translation>cycle de vie (par défaut)</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="51"/>
        <source>direct (combustion only)</source>
        <translation>direct (combustion seule)</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="53"/>
        <source>Emission factors:</source>
        <translation>Facteurs d’émission :</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="57"/>
        <source>Username:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="63"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="64"/>
        <source>%1 stored — type to replace</source>
        <translation>%1 enregistré — saisir pour remplacer</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="65"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="67"/>
        <source>Remove the stored secret when the dialog is accepted</source>
        <translation>Supprimer le secret enregistré à la validation de la boîte de dialogue</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="71"/>
        <source>will be removed</source>
        <translation>sera supprimé</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="77"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="77"/>
        <source>API key:</source>
        <translation>Clé d’API :</translation>
    </message>
    <message>
        <location filename="../views/widgets/providersettingspage.cpp" line="141"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
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
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="27"/>
        <source>waiting for first poll</source>
        <translation>en attente de la première interrogation</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="28"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="29"/>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="30"/>
        <source>retrying (backing off)</source>
        <translation>nouvelle tentative (temporisation)</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="31"/>
        <source>rate limited</source>
        <translation>limité en débit</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="32"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="33"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="55"/>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="56"/>
        <source>provider forecast</source>
        <translation>prévision du fournisseur</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="57"/>
        <source>engine forecast</source>
        <translation>prévision du moteur</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="58"/>
        <source>last known</source>
        <translation>dernière connue</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="59"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="92"/>
        <source>%1 (%2 ago)</source>
        <translation>%1 (il y a %2)</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="93"/>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="98"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="98"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="98"/>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="98"/>
        <source>Next poll</source>
        <translation>Prochaine interrogation</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="99"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="100"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="100"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="100"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="100"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="100"/>
        <source>Freshness</source>
        <translation>Fraîcheur</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="101"/>
        <source>Marginal index</source>
        <translation>Indice marginal</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="104"/>
        <source>&lt;b&gt;Providers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fournisseurs&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="106"/>
        <source>&lt;b&gt;Values shown now&lt;/b&gt; — live → provider forecast → engine forecast → last known</source>
        <translation>&lt;b&gt;Valeurs affichées maintenant&lt;/b&gt; — en direct → prévision du fournisseur → prévision du moteur → dernière connue</translation>
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
        <translation>PÉRIMÉ</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="144"/>
        <source>fresh</source>
        <translation>à jour</translation>
    </message>
    <message>
        <location filename="../views/widgets/providerstatusview.cpp" line="151"/>
        <source>%1th percentile</source>
        <translation>%1ᵉ centile</translation>
    </message>
</context>
<context>
    <name>greenlight::ReplayStatusLabel</name>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="17"/>
        <source>Loading bundled carbon-intensity traces…</source>
        <translation>Chargement des séries d’intensité carbone fournies…</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="25"/>
        <source>&lt;b&gt;Replay&lt;/b&gt; of recorded %1 data · %2 UTC</source>
        <translation>&lt;b&gt;Rejeu&lt;/b&gt; des données enregistrées de %1 · %2 UTC</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="27"/>
        <source> · %1× speed</source>
        <translation> · vitesse ×%1</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="29"/>
        <source> · same weekday and hour as now</source>
        <translation> · même jour de la semaine et même heure que maintenant</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="31"/>
        <source>The embedded default replays real recorded grid data (Electricity Maps) on a clock that maps today onto the same week of %1. It is not live data.</source>
        <translation>Le mode intégré rejoue des données réseau réelles enregistrées (Electricity Maps) sur une horloge qui fait correspondre aujourd’hui à la même semaine de %1. Ce ne sont pas des données en direct.</translation>
    </message>
    <message>
        <location filename="../views/widgets/replaystatuslabel.cpp" line="38"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Data problem:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Problème de données :&lt;/b&gt; %1&lt;/span&gt;</translation>
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
        <translation>Uniquement les tâches soumises dans la période</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="99"/>
        <source>Add site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="100"/>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="102"/>
        <source>a name for this scenario</source>
        <translation>un nom pour ce scénario</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="109"/>
        <location filename="../views/widgets/scenarioeditor.cpp" line="110"/>
        <source>no cap</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="111"/>
        <source>Every forecast value is multiplied by 1 + bias: what if the forecasts were this far off?</source>
        <translation>Chaque valeur prévue est multipliée par 1 + biais : et si les prévisions se trompaient d’autant ?</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="112"/>
        <source>Multiplicative log-normal noise per forecast hour (σ), mean-neutral; the seed makes it reproducible</source>
        <translation>Bruit log-normal multiplicatif par heure de prévision (σ), neutre en moyenne ; la graine le rend reproductible</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="113"/>
        <source>threshold-migrate moves a job when home is dirtier than the cleanest site by more than this</source>
        <translation>threshold-migrate déplace une tâche quand son site d’origine est plus carboné que le site le plus propre de plus que cette valeur</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="125"/>
        <source>Scheduling</source>
        <translation>Ordonnancement</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="127"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="128"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="129"/>
        <source>Migration threshold θ</source>
        <translation>Seuil de migration θ</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="130"/>
        <source>Max delay, jobs &gt; 1 h</source>
        <translation>Retard max., tâches &gt; 1 h</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="131"/>
        <source>Max delay, short jobs</source>
        <translation>Retard max., tâches courtes</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="132"/>
        <source>Daily budget cap</source>
        <translation>Plafond de budget journalier</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="133"/>
        <source>Monthly budget cap</source>
        <translation>Plafond de budget mensuel</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="136"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="138"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="139"/>
        <source>Injected bias</source>
        <translation>Biais injecté</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="140"/>
        <source>Injected noise</source>
        <translation>Bruit injecté</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="141"/>
        <source>Noise seed</source>
        <translation>Graine du bruit</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="144"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="147"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="148"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="151"/>
        <source>Fleet sites</source>
        <translation>Sites du parc</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="153"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="153"/>
        <location filename="../views/widgets/scenarioeditor.cpp" line="163"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="153"/>
        <location filename="../views/widgets/scenarioeditor.cpp" line="163"/>
        <source>Cooling</source>
        <translation>Refroidissement</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="161"/>
        <source>Sites to add</source>
        <translation>Sites à ajouter</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="163"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="163"/>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="172"/>
        <source>Grid zone of the new site (any zone with a bundled trace)</source>
        <translation>Zone de réseau du nouveau site (toute zone dotée d’une série fournie)</translation>
    </message>
    <message>
        <location filename="../views/widgets/scenarioeditor.cpp" line="175"/>
        <source> GPUs</source>
        <translation> GPU</translation>
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
        <translation>Les séries d’intensité sont encore en cours de chargement.</translation>
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
        <translation> GPU</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="66"/>
        <source>Run what-if with this portfolio</source>
        <translation>Lancer la simulation avec ce portefeuille</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="72"/>
        <source>Weights</source>
        <translation>Pondérations</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="86"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="88"/>
        <source>Sites, at least</source>
        <translation>Sites, au moins</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="89"/>
        <source>Sites, at most</source>
        <translation>Sites, au plus</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="90"/>
        <source>Latency SLA</source>
        <translation>SLA de latence</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="91"/>
        <source>GPUs per new site</source>
        <translation>GPU par nouveau site</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="92"/>
        <source>A user region counts as served when a picked site is within this round trip</source>
        <translation>Une région d’utilisateurs est desservie quand un site choisi est à moins de ce temps aller-retour</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="99"/>
        <source>Each criterion is scaled to 0–1 over all zones (1 = best); the score is the weighted mean over the criteria a zone has data for. The portfolio adds, one at a time, the zone with the best score plus the low-carbon hours and user regions it newly covers, minus half its highest correlation with earlier picks.</source>
        <translation>Chaque critère est ramené à 0–1 sur l’ensemble des zones (1 = meilleur) ; le score est la moyenne pondérée des critères pour lesquels une zone a des données. Le portefeuille ajoute une à une la zone au meilleur score, plus les heures bas carbone et les régions d’utilisateurs qu’elle couvre en plus, moins la moitié de sa plus forte corrélation avec les choix précédents.</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="129"/>
        <source>Ranking the bundled zones…</source>
        <translation>Classement des zones fournies…</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="148"/>
        <source>The site planner could not rank the zones: %1</source>
        <translation>Le planificateur de sites n’a pas pu classer les zones : %1</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="187"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, %3)</translation>
    </message>
    <message>
        <location filename="../views/widgets/siteplannerpanel.cpp" line="193"/>
        <source>Proposed portfolio of %1 new sites: %2.&lt;br&gt;Together they have at least one site at or below %3 g/kWh in %4 % of the hours of 2022, serve %5 of the fleet&apos;s %6 user regions within %7 ms, and their hourly intensities correlate by %8 on average. Zones the fleet already uses are not proposed.</source>
        <translation>Portefeuille proposé de %1 nouveaux sites : %2.&lt;br&gt;Ensemble, ils ont au moins un site à %3 g/kWh ou moins pendant %4 % des heures de 2022, desservent %5 des %6 régions d’utilisateurs du parc en moins de %7 ms, et leurs intensités horaires sont corrélées à %8 en moyenne. Les zones déjà utilisées par le parc ne sont pas proposées.</translation>
    </message>
</context>
<context>
    <name>greenlight::SiteRankingModel</name>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="58"/>
        <source>gain %1: score %2, +%3 % low-carbon hours covered, +%4 user regions, highest correlation with earlier picks %5</source>
        <translation>gain %1 : score %2, +%3 % d’heures bas carbone couvertes, +%4 régions d’utilisateurs, plus forte corrélation avec les choix précédents %5</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="92"/>
        <source> (fleet)</source>
        <translation> (parc)</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="105"/>
        <source>no weather</source>
        <translation>pas de météo</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="113"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="116"/>
        <source>pick %1</source>
        <translation>choix %1</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="129"/>
        <source>Mean lifecycle intensity over the analysis year, gCO₂e/kWh (lower is better)</source>
        <translation>Intensité moyenne sur le cycle de vie pendant l’année analysée, gCO₂e/kWh (plus bas = mieux)</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="131"/>
        <source>10th percentile of the hourly intensity: how clean the cleanest hours are</source>
        <translation>10ᵉ centile de l’intensité horaire : à quel point les heures les plus propres sont propres</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="133"/>
        <source>Share of hours at or below %1 gCO₂e/kWh</source>
        <translation>Part des heures à %1 gCO₂e/kWh ou moins</translation>
    </message>
    <message>
        <source>Economiser hours of an air-economiser plant in the zone&apos;s bundled hourly weather; &quot;no weather&quot; where none is bundled (scored on the other criteria)</source>
        <translation type="vanished">Heures d’économiseur d’une installation à économiseur d’air selon la météo horaire fournie de la zone ; « pas de météo » là où aucune n’est fournie (notée sur les autres critères)</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="136"/>
        <source>Economiser hours of an air-economiser plant in the zone&apos;s bundled hourly weather; &quot;no weather&quot; where none is bundled (scored as the median zone on this criterion)</source>
        <translation>Heures d’économiseur d’une installation à économiseur d’air selon la météo horaire fournie de la zone ; « pas de météo » là où aucune n’est fournie (notée comme la zone médiane sur ce critère)</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="139"/>
        <source>Mean estimated round trip to the fleet&apos;s user regions, ms</source>
        <translation>Temps aller-retour moyen estimé vers les régions d’utilisateurs du parc, ms</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="141"/>
        <source>Data-sovereignty area; a jurisdiction the fleet already operates in scores 1</source>
        <translation>Zone de souveraineté des données ; une juridiction où le parc opère déjà obtient 1</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="143"/>
        <source>Mean carbon-free share from the trace, where the trace has that column (not scored)</source>
        <translation>Part décarbonée moyenne d’après la série, quand elle a cette colonne (non notée)</translation>
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
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="158"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="160"/>
        <source>Mean g/kWh</source>
        <translation>Moy. g/kWh</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="162"/>
        <source>p10 g/kWh</source>
        <translation>p10 g/kWh</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="164"/>
        <source>Low-carbon h %</source>
        <translation>Bas carbone h %</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="166"/>
        <source>Free-cooling h</source>
        <translation>Refr. libre h</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="168"/>
        <source>Mean RTT to users, ms</source>
        <translation>RTT moyen vers les utilisateurs, ms</translation>
    </message>
    <message>
        <source>Latency ms</source>
        <translation type="vanished">Latence ms</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="170"/>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="172"/>
        <source>CFE % (trace)</source>
        <translation>CFE % (série)</translation>
    </message>
    <message>
        <location filename="../views/models/siterankingmodel.cpp" line="174"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
</context>
<context>
    <name>greenlight::WhatIfComparisonModel</name>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="74"/>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="74"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="110"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="112"/>
        <source>Current plan</source>
        <translation>Plan actuel</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="114"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="116"/>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="123"/>
        <source>Emissions (t CO₂e)</source>
        <translation>Émissions (t CO₂e)</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="125"/>
        <source>Saving vs baseline</source>
        <translation>Économie vs référence</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="127"/>
        <source>Baseline emissions (t CO₂e)</source>
        <translation>Émissions de référence (t CO₂e)</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="129"/>
        <source>Deadline misses</source>
        <translation>Échéances manquées</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="131"/>
        <source>p95 start delay (h)</source>
        <translation>Retard de démarrage p95 (h)</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="133"/>
        <source>Migrations</source>
        <translation>Migrations</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="135"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="137"/>
        <source>Unplaced jobs</source>
        <translation>Tâches non placées</translation>
    </message>
    <message>
        <location filename="../views/models/whatifcomparisonmodel.cpp" line="139"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
</context>
<context>
    <name>greenlight::WhatIfPanel</name>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="27"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="28"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="29"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="30"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="52"/>
        <source>Simulate the scenario and the current plan on the bundled job trace, in the background</source>
        <translation>Simuler le scénario et le plan actuel sur la série de tâches fournie, en arrière-plan</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="71"/>
        <source>Change any knob on the left and press Run: the scenario is simulated next to the current plan (spatiotemporal policy, ridge forecast, the fleet as it is) on the bundled GPU trace.</source>
        <translation>Modifiez n’importe quel réglage à gauche et appuyez sur Lancer : le scénario est simulé à côté du plan actuel (politique spatio-temporelle, prévision ridge, le parc tel quel) sur la série GPU fournie.</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="104"/>
        <source>Save scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="104"/>
        <location filename="../views/widgets/whatifpanel.cpp" line="112"/>
        <source>Greenlight scenarios (*.json)</source>
        <translation>Scénarios Greenlight (*.json)</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="112"/>
        <source>Open scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="123"/>
        <source>The scenario could not run: %1</source>
        <translation>Le scénario n’a pas pu être exécuté : %1</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="128"/>
        <source>Cancelled; the last comparison stays as it was.</source>
        <translation>Annulé ; la dernière comparaison reste inchangée.</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="144"/>
        <source>Running the scenario and the current plan…</source>
        <translation>Calcul du scénario et du plan actuel…</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="160"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="162"/>
        <source>Could not save the scenario: %1</source>
        <translation>Le scénario n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="170"/>
        <source>Could not open the scenario: %1</source>
        <translation>Le scénario n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="174"/>
        <source>Opened %1; press Run to compare it with the current plan.</source>
        <translation>%1 ouvert ; appuyez sur Lancer pour le comparer au plan actuel.</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="180"/>
        <source>What-if is unavailable: %1</source>
        <translation>Simulation indisponible : %1</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="195"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 t CO₂e against %3 t for the current plan (%4 %), %5 deadline misses against %6. Scenario: %7 with %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 t CO₂e contre %3 t pour le plan actuel (%4 %), %5 échéances manquées contre %6. Scénario : %7 avec %8.</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="197"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../views/widgets/whatifpanel.cpp" line="209"/>
        <source>Done in %1 s.</source>
        <translation>Terminé en %1 s.</translation>
    </message>
</context>
<context>
    <name>greenlight::WhatIfRunner</name>
    <message>
        <location filename="../engine/service/whatifrunner.cpp" line="34"/>
        <source>The intensity traces are still loading; run the scenario again in a moment.</source>
        <translation>Les séries d’intensité sont encore en cours de chargement ; relancez le scénario dans un instant.</translation>
    </message>
</context>
<context>
    <name>greenlight::WhatIfWiring</name>
    <message>
        <location filename="../app/console/whatifwiring.cpp" line="29"/>
        <source>What-if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../app/console/whatifwiring.cpp" line="30"/>
        <source>Site planner</source>
        <translation>Planificateur de sites</translation>
    </message>
</context>
</TS>
