using Diplomacy.Experiments.Sweeps;
using Diplomacy.Runtime.Sweeps;
using Diplomacy.Runtime.Tests.Fixtures;

namespace Diplomacy.Runtime.Tests.Sweeps;

public sealed class SweepJournalTests : IDisposable
{
    private static readonly SweepIdentity Identity = new("j", "j.yaml", "a", "s.yaml", "b", "c", 5, 3, "csv", false);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_journal_cut_anywhere_in_its_last_run_keeps_exactly_the_runs_before_it()
    {
        WriteRuns(3);
        var runs = Path.Combine(_temp.Path, "journal", "runs.jsonl");
        var positions = Path.Combine(_temp.Path, "journal", "positions.bin");
        var whole = File.ReadAllBytes(runs);
        var lastLineStart = Array.LastIndexOf(whole, (byte)'\n', whole.Length - 2) + 1;

        for (var cut = lastLineStart; cut < whole.Length; cut++)
        {
            File.WriteAllBytes(runs, whole[..cut]);
            using var journal = SweepJournal.Open(_temp.Path, Identity, blockLength: 4);

            Assert.Equal(2, journal.Completed);
            Assert.Equal(lastLineStart, new FileInfo(runs).Length);
            Assert.Equal(2 * 4 * sizeof(double), new FileInfo(positions).Length);
            File.WriteAllBytes(runs, whole);
            using (var stream = new FileStream(positions, FileMode.Open))
            {
                stream.SetLength(3 * 4 * sizeof(double));
            }
        }
    }

    [Fact]
    public void A_run_whose_block_was_written_but_not_its_line_is_run_again_and_blocks_read_back_bit_for_bit()
    {
        WriteRuns(2);
        using (var stream = new FileStream(Path.Combine(_temp.Path, "journal", "positions.bin"), FileMode.Append))
        {
            stream.Write(new byte[4 * sizeof(double)]);
        }

        using var journal = SweepJournal.Open(_temp.Path, Identity, blockLength: 4);

        Assert.Equal(2, journal.Completed);
        var read = journal.Read(1, 2).Select(r => (r.Record, Block: r.Block.ToArray())).ToList();
        Assert.Equal([1, 2], read.Select(r => r.Record.Run.Number));
        Assert.Equal([0.1, -0.0 + 1, double.NaN, 1e-300], read[0].Block);
        Assert.Equal("agreed", read[1].Record.StoppedBy);
    }

    private void WriteRuns(int count)
    {
        using var journal = SweepJournal.Open(_temp.Path, Identity, blockLength: 4);
        for (var run = 1; run <= count; run++)
        {
            var record = new SweepRecord(new SweepRun(run, 1, run, 100 + run), 3, run == 2 ? "agreed" : null, [], null);
            journal.Append(record, [0.1 * run, 1, double.NaN, 1e-300]);
        }
    }
}
