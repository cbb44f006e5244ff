using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Results;
using Spectre.Console;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// A Spectre.Console progress bar per run, moved on by the run's own trace: one step per round
/// played, with the proposals and agreements so far. Off the terminal it shows nothing.
/// </summary>
public static class RoundProgress
{
    /// <param name="runs">Label and planned rounds of each run, in the order <paramref name="work"/> receives their sinks.</param>
    /// <param name="work">Gets one sink per run (null when nothing is shown) to add to that run's sinks.</param>
    public static async Task<T> ShowAsync<T>(bool show, IReadOnlyList<(string Label, int Rounds)> runs, Func<IReadOnlyList<ITraceSink?>, Task<T>> work)
    {
        if (!show)
        {
            return await work([.. runs.Select(_ => (ITraceSink?)null)]);
        }

        return await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var sinks = runs.Select(r => new ProgressSink(context.AddTask(Markup.Escape(r.Label), maxValue: r.Rounds), r.Label, r.Rounds)).ToList();
                var result = await work(sinks);
                sinks.ForEach(s => s.Finish());
                return result;
            });
    }

    private sealed class ProgressSink(ProgressTask task, string label, int rounds) : ITraceSink
    {
        private int _proposals;
        private int _agreements;

        public ValueTask WriteEventAsync(TraceEvent traceEvent, CancellationToken cancellationToken)
        {
            switch (traceEvent.Type)
            {
                case TraceEventType.Proposal:
                    _proposals++;
                    break;
                case TraceEventType.Answer when traceEvent.Decision == Decision.Accept:
                    _agreements++;
                    break;
            }

            return ValueTask.CompletedTask;
        }

        // Stances are written once at the start (round 0) and once at the end of every round.
        public ValueTask WriteStancesAsync(IReadOnlyList<StanceRow> rows, CancellationToken cancellationToken)
        {
            if (rows.Count > 0)
            {
                task.Value = rows[0].Round;
                task.Description = Markup.Escape($"{label}: round {rows[0].Round}/{rounds}, {_proposals} proposals, {_agreements} agreements");
            }

            return ValueTask.CompletedTask;
        }

        /// <summary>A run that stopped early is complete all the same.</summary>
        public void Finish() => task.Value = task.MaxValue;
    }
}
