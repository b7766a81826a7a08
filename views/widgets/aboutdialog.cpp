#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace greenlight {

AboutDialog::AboutDialog(const QString& attributionMarkdown, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Greenlight"));
    resize(720, 560);
    auto* layout = new QVBoxLayout(this);
    auto* header = new QLabel(this);
    header->setTextFormat(Qt::RichText);
    header->setWordWrap(true);
    header->setText(tr("<h2>Greenlight %1</h2><p>Runs AI compute where and when the electricity "
                       "is cleanest: shifts flexible work in time and space and keeps a carbon "
                       "budget.</p><p>Bundled data and licences:</p>")
                        .arg(QApplication::applicationVersion()));
    layout->addWidget(header);
    auto* browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("attribution"));
    browser->setOpenExternalLinks(true);
    if (attributionMarkdown.isEmpty())
        browser->setPlainText(tr("The attribution file resources/data/ATTRIBUTION.md was not "
                                 "found next to the application."));
    else
        browser->setMarkdown(attributionMarkdown);
    layout->addWidget(browser, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace greenlight
