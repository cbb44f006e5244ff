// One test at a time: OpenTelemetry's listeners and one test's environment variables are process-wide.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
