// Map figures for the foundation issue: one full paint of the world map at 1600×900 with every
// layer and real data (goal ≤ 8 ms), zoomed-in paints, and loading the country geometry.
//   QT_QPA_PLATFORM=offscreen build/bin/map_bench
#include "map/mappainter.h"
#include "map/mapmodel.h"
#include "map/worldgeometry.h"

#include "core/replayclock.h"
#include "core/tracelibrary.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <benchmark/benchmark.h>

namespace greenlight {
namespace {

const QString kData = QStringLiteral(GREENLIGHT_DATA_DIR);

struct Fixture {
    MapModel model;
    Fixture()
    {
        model.setWorld(WorldGeometry::loadGeoJson(kData + "/geo/countries-50m.geojson").geometry);
        const std::filesystem::path data = GREENLIGHT_DATA_DIR;
        auto zones = std::make_shared<const ZoneCatalog>(
            loadZoneCatalog(data / "carbon/zones.csv", data / "zone_locations.csv").value());
        const TraceLoadReport traces = loadTraceDirectory(data / "carbon");
        model.setZones(zones);
        model.setSnapshot(takeGridSnapshot(traces.library, *zones,
                                           *parseIsoUtc("2022-11-21T19:00:00Z")));
        model.setSelectedZone(QStringLiteral("DE"));
    }
};

Fixture& fixture()
{
    static Fixture f;
    return f;
}

void paintLoop(benchmark::State& state, MapProjection projection, double zoom, QPointF focus)
{
    Fixture& f = fixture();
    MapPainter painter(f.model);
    MapViewport viewport(projection);
    viewport.setSize({1600, 900});
    viewport.zoomAt(viewport.toScreen(focus), zoom);
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter p(&image);
        painter.paint(p, viewport);
    }
    state.counters["detail"] = static_cast<double>(MapPainter::detailFor(viewport)); // 1 coarse, 2 medium, 3 fine
}

void BM_PaintWorld1600x900(benchmark::State& state)
{
    paintLoop(state, state.range(0) == 0 ? MapProjection::Robinson : MapProjection::Equirectangular,
              1.0, {});
}
BENCHMARK(BM_PaintWorld1600x900)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_PaintEuropeZoomed1600x900(benchmark::State& state)
{
    paintLoop(state, MapProjection::Robinson, static_cast<double>(state.range(0)),
              projectLonLat(MapProjection::Robinson, 10.0, 52.0));
}
BENCHMARK(BM_PaintEuropeZoomed1600x900)->Arg(4)->Arg(16)->Unit(benchmark::kMillisecond);

// One layer alone, to see where a paint's time goes.
void BM_PaintSingleLayer(benchmark::State& state)
{
    Fixture& f = fixture();
    MapPainter painter(f.model);
    const std::vector<QString> ids = painter.layerIds();
    const QString keep = ids.at(static_cast<std::size_t>(state.range(0)));
    for (const QString& id : ids) {
        if (id != keep)
            painter.removeLayer(id);
    }
    MapViewport viewport(MapProjection::Robinson);
    viewport.setSize({1600, 900});
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter p(&image);
        painter.paint(p, viewport);
    }
    state.SetLabel(keep.toStdString());
}
BENCHMARK(BM_PaintSingleLayer)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

void BM_LoadWorldGeometry(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(WorldGeometry::loadGeoJson(kData + "/geo/countries-50m.geojson"));
}
BENCHMARK(BM_LoadWorldGeometry)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace greenlight

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
