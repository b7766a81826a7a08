#include "service/scenariofile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace greenlight {

Result<Scenario> readScenarioFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status(StatusCode::NotFound, (path + QStringLiteral(": ") + file.errorString()).toStdString(), "scenario");
    if (file.size() > kMaxScenarioFileBytes)
        return Status(StatusCode::InvalidArgument,
                      (path + QStringLiteral(": %1 bytes is too large for a scenario file").arg(file.size())).toStdString(),
                      "scenario");
    const QByteArray bytes = file.readAll();
    return parseScenarioJson(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), name.toStdString());
}

Status writeScenarioFile(const QString& path, const Scenario& scenario)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status(StatusCode::FailedPrecondition, (path + QStringLiteral(": ") + file.errorString()).toStdString(), "scenario");
    const std::string text = scenarioToJson(scenario).dump(2) + "\n";
    file.write(text.data(), static_cast<qint64>(text.size()));
    if (!file.commit())
        return Status(StatusCode::Unavailable, (path + QStringLiteral(": ") + file.errorString()).toStdString(), "scenario");
    return Status::ok();
}

} // namespace greenlight
