using System.Diagnostics;
using Diplomacy.Grains.Telemetry;
using OpenTelemetry;

namespace Diplomacy.Runtime.Telemetry;

/// <summary>
/// Records <c>diplomacy.run.duration</c> and <c>diplomacy.round.duration</c> from the run and round
/// spans as they end, so the code that runs a scenario needs no clock of its own for telemetry.
/// </summary>
internal sealed class SpanDurations : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        if (data.Source.Name != DiplomacyTelemetry.Name)
        {
            return;
        }

        var scenario = new KeyValuePair<string, object?>(TelemetryTags.Scenario, data.GetTagItem(TelemetryTags.Scenario));
        switch (data.OperationName)
        {
            case DiplomacyTelemetry.RunSpan:
                DiplomacyTelemetry.RunDuration.Record(data.Duration.TotalSeconds, scenario);
                break;
            case DiplomacyTelemetry.RoundSpan:
                DiplomacyTelemetry.RoundDuration.Record(data.Duration.TotalSeconds, scenario);
                break;
        }
    }
}
