# Forecaster figures: forecast() latency per model, the weekly ridge fit, an hourly year of
# forecasts for one zone as the scheduler makes them, and a year of back-testing.
add_executable(forecast_bench forecast_bench.cpp)
greenlight_target_defaults(forecast_bench)
target_link_libraries(forecast_bench PRIVATE Greenlight::Core benchmark::benchmark benchmark::benchmark_main)
target_compile_definitions(forecast_bench PRIVATE GREENLIGHT_DATA_DIR="${GREENLIGHT_RESOURCES_DIR}/data")

if(GREENLIGHT_BUILD_TESTS)
    add_test(NAME bench.forecast_smoke COMMAND forecast_bench --benchmark_min_time=0.01)
    set_tests_properties(bench.forecast_smoke PROPERTIES LABELS "bench")
endif()
