// Help → About: version, what the console does, and the licence and attribution of every bundled
// data set (resources/data/ATTRIBUTION.md), which the data's licences require us to show.
//
//   AboutDialog dialog(attributionMarkdown, this); dialog.exec() is not used: show() it.
#pragma once

#include <QDialog>

namespace greenlight {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    AboutDialog(const QString& attributionMarkdown, QWidget* parent);
};

} // namespace greenlight
