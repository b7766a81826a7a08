// Decides when an unattended screenshot (--screenshot FILE) is taken: once the map has painted
// with data and every panel that asked to be waited for has settled, or 30 s after the map, so a
// panel that never answers cannot hang the run. Without a screenshot path it does nothing.
//
//   gate->expect(QStringLiteral("plan"));   // when the panel starts its work
//   gate->settle(QStringLiteral("plan"));   // when its first result (or error) is shown
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QWidget;

namespace greenlight {

class ScreenshotGate : public QObject {
    Q_OBJECT
public:
    ScreenshotGate(QString path, QWidget* window, QObject* parent = nullptr);

    bool isActive() const { return !m_path.isEmpty(); }
    void expect(const QString& what);
    void settle(const QString& what);
    // The first paint of the map with data: from now on the screenshot only waits for panels.
    void mapPainted();

private:
    void takeWhenReady();

    QString m_path;
    QWidget* m_window;
    QSet<QString> m_pending;
    bool m_mapPainted = false;
    bool m_scheduled = false;
};

} // namespace greenlight
