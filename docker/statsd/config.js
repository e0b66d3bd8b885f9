/*
 * StatsD configuration for product-search (statsd 0.9, graphite backend).
 * Used as is by the compose stack (mounted into graphiteapp/graphite-statsd) and by the
 * integration test (tests/test_metrics_e2e.py), which sets the STATSD_* variables below.
 */
(function () {
  var env = process.env;
  return {
    graphiteHost: env.STATSD_GRAPHITE_HOST || "127.0.0.1",
    graphitePort: parseInt(env.STATSD_GRAPHITE_PORT || "2003", 10),
    address: env.STATSD_ADDRESS || "0.0.0.0",
    port: parseInt(env.STATSD_PORT || "8125", 10),
    mgmt_address: env.STATSD_MGMT_ADDRESS || "127.0.0.1",
    mgmt_port: parseInt(env.STATSD_MGMT_PORT || "8126", 10),
    // Must equal the finest retention in graphite/storage-schemas.conf (10s).
    flushInterval: parseInt(env.STATSD_FLUSH_INTERVAL || "10000", 10),
    // Timers get upper_50/95/99 (the latency SLO percentiles) besides mean, upper, count and sum.
    percentThreshold: [50, 95, 99],
    // The search timer also counts searches above the latency SLO's 200 ms (bin_inf: slower than 200 ms):
    // the latency burn-rate alerts divide that count by the timer's count (scripts/make_grafana.py).
    histogram: [{ metric: "http.latency.catalogs_CatalogSearch", bins: [200, "inf"] }],
    // Idle counters report 0, so "no traffic" is a value, not a gap. A gauge not refreshed for
    // 6 flushes (60 s) stops: the service re-sends its gauges every 10 s, so a gap means it is gone.
    deleteCounters: false,
    deleteGauges: true,
    gaugesMaxTTL: 6,
    backends: ["./backends/graphite"],
    graphite: { legacyNamespace: false, globalPrefix: "stats" },
    automaticConfigReload: false
  };
})()
