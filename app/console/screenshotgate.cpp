#include "screenshotgate.h"

#include <QApplication>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace greenlight {

ScreenshotGate::ScreenshotGate(QString path, QWidget* window, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_window(window)
{
}

void ScreenshotGate::expect(const QString& what)
{
    if (isActive() && !m_scheduled)
        m_pending.insert(what);
}

void ScreenshotGate::settle(const QString& what)
{
    m_pending.remove(what);
    takeWhenReady();
}

void ScreenshotGate::mapPainted()
{
    if (!isActive() || m_mapPainted)
        return;
    m_mapPainted = true;
    QTimer::singleShot(30'000, this, [this] {
        m_pending.clear();
        takeWhenReady();
    });
    takeWhenReady();
}

void ScreenshotGate::takeWhenReady()
{
    if (!isActive() || !m_mapPainted || !m_pending.isEmpty() || m_scheduled)
        return;
    m_scheduled = true;
    // Let queued replots and the status bar settle before grabbing.
    QTimer::singleShot(300, this, [this] {
        const bool saved = m_window->grab().save(m_path);
        std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "screenshot saved:" : "screenshot failed:",
                     qPrintable(m_path));
        QApplication::exit(saved ? 0 : 1);
    });
}

} // namespace greenlight
