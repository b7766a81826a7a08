#include "whatifpanel.h"

#include "dailyemissionschart.h"
#include "scenarioeditor.h"

#include "models/whatifcomparisonmodel.h"
#include "service/scenariofile.h"
#include "service/whatifrunner.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace greenlight {

WhatIfPanel::WhatIfPanel(WhatIfRunner* runner, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_editor(new ScenarioEditor(this))
    , m_run(new QPushButton(tr("Run"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_save(new QPushButton(tr("Save…"), this))
    , m_open(new QPushButton(tr("Open…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new WhatIfComparisonModel(this))
    , m_chart(new DailyEmissionsChart(this))
    , m_notes(new QLabel(this))
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    auto* scroll = new QScrollArea(left);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftLayout->addWidget(scroll, 1);
    auto* buttons = new QHBoxLayout;
    m_run->setDefault(true);
    m_run->setToolTip(tr("Simulate the scenario and the current plan on the bundled job trace, in the background"));
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    leftLayout->addLayout(buttons);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    leftLayout->addWidget(m_progress);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    leftLayout->addWidget(m_status);
    splitter->addWidget(left);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Change any knob on the left and press Run: the scenario is simulated next to the current "
                          "plan (spatiotemporal policy, ridge forecast, the fleet as it is) on the bundled GPU trace."));
    rightLayout->addWidget(m_summary);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(WhatIfComparisonModel::Figure, QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAlternatingRowColors(true);
    // Every row visible without scrolling, and no more height than that.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setFixedHeight(m_table->verticalHeader()->defaultSectionSize() * WhatIfComparisonModel::RowCount +
                            m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 2);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    rightLayout->addWidget(m_table);
    rightLayout->addWidget(m_chart, 1);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_notes->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_notes->setFont(small);
    rightLayout->addWidget(m_notes);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 700});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Save scenario"), QString(), tr("Greenlight scenarios (*.json)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("json"));
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { saveScenarioTo(path); });
        dialog->open();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Open scenario"), QString(), tr("Greenlight scenarios (*.json)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { openScenarioFrom(path); });
        dialog->open();
    });
    connect(m_runner, &WhatIfRunner::started, this, [this] { setRunning(true); });
    connect(m_runner, &WhatIfRunner::progress, this, [this](int percent) { m_progress->setValue(percent); });
    connect(m_runner, &WhatIfRunner::finished, this, &WhatIfPanel::showComparison);
    connect(m_runner, &WhatIfRunner::failed, this, [this](const QString& message) {
        setRunning(false);
        showStatus(tr("The scenario could not run: %1").arg(message), true);
    });
    connect(m_runner, &WhatIfRunner::cancelled, this, [this] {
        setRunning(false);
        m_progress->setValue(0);
        showStatus(tr("Cancelled; the last comparison stays as it was."), false);
    });
    setRunning(false);
}

void WhatIfPanel::setFleet(const Fleet& fleet) { m_editor->setFleet(fleet); }

void WhatIfPanel::setZones(std::shared_ptr<const ZoneCatalog> zones) { m_editor->setZones(std::move(zones)); }

void WhatIfPanel::run()
{
    if (!m_unavailable.isEmpty()) {
        showStatus(m_unavailable, true);
        return;
    }
    m_progress->setValue(0);
    showStatus(tr("Running the scenario and the current plan…"), false);
    m_runner->start(m_editor->scenario());
}

void WhatIfPanel::cancel() { m_runner->cancel(); }

void WhatIfPanel::addSitesAndRun(const std::vector<ScenarioSite>& sites)
{
    m_editor->addSites(sites);
    run();
}

Status WhatIfPanel::saveScenarioTo(const QString& path)
{
    const Status status = writeScenarioFile(path, m_editor->scenario());
    if (status.isOk())
        showStatus(tr("Saved %1").arg(path), false);
    else
        showStatus(tr("Could not save the scenario: %1").arg(QString::fromStdString(status.message())), true);
    return status;
}

Status WhatIfPanel::openScenarioFrom(const QString& path)
{
    const Result<Scenario> scenario = readScenarioFile(path);
    if (!scenario.ok()) {
        showStatus(tr("Could not open the scenario: %1").arg(QString::fromStdString(scenario.status().message())), true);
        return scenario.status();
    }
    m_editor->setScenario(scenario.value());
    showStatus(tr("Opened %1; press Run to compare it with the current plan.").arg(path), false);
    return Status::ok();
}

void WhatIfPanel::showUnavailable(const QString& reason)
{
    m_unavailable = tr("What-if is unavailable: %1").arg(reason);
    m_run->setEnabled(false);
    m_open->setEnabled(false); // an opened scenario could not run either
    showStatus(m_unavailable, true);
}

void WhatIfPanel::showComparison(std::shared_ptr<const WhatIfComparison> comparison)
{
    setRunning(false);
    m_progress->setValue(100);
    m_model->setComparison(comparison);
    m_chart->showComparison(*comparison);
    const WhatIfOutcome& c = comparison->current;
    const WhatIfOutcome& s = comparison->scenario;
    const double change = c.emissionsKg > 0 ? 100.0 * (s.emissionsKg - c.emissionsKg) / c.emissionsKg : 0.0;
    m_summary->setText(tr("<b>%1</b>: %2 t CO₂e against %3 t for the current plan (%4 %), %5 deadline misses against %6. "
                          "Scenario: %7 with %8.")
                           .arg(comparison->scenarioName.empty() ? tr("Scenario") : QString::fromStdString(comparison->scenarioName).toHtmlEscaped())
                           .arg(s.emissionsKg / 1000.0, 0, 'f', 2)
                           .arg(c.emissionsKg / 1000.0, 0, 'f', 2)
                           .arg(change > 0 ? QStringLiteral("+%1").arg(change, 0, 'f', 1) : QString::number(change, 'f', 1))
                           .arg(s.deadlineMisses)
                           .arg(c.deadlineMisses)
                           .arg(QString::fromStdString(s.policy).toHtmlEscaped(), QString::fromStdString(s.forecast).toHtmlEscaped()));
    QStringList notes;
    for (const std::string& n : s.notes)
        notes << QString::fromStdString(n);
    notes << QString::fromStdString(comparison->assumptions);
    m_notes->setText(notes.join(QStringLiteral("\n")));
    showStatus(tr("Done in %1 s.").arg(comparison->elapsedMs / 1000.0, 0, 'f', 1), false);
}

void WhatIfPanel::setRunning(bool running)
{
    // Run stays enabled: a new run supersedes the one in flight.
    m_cancel->setEnabled(running);
    m_open->setEnabled(!running);
}

void WhatIfPanel::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

} // namespace greenlight
