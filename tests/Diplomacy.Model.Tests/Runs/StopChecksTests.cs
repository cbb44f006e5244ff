using Diplomacy.Model.Negotiation;
using Diplomacy.Model.Runs;

namespace Diplomacy.Model.Tests.Runs;

public sealed class StopChecksTests
{
    [Fact]
    public void The_first_agreement_touching_the_issue_is_the_one_that_counts()
    {
        AgreedTerms[] agreements =
        [
            new(1, "a", "b", [new("talks", 50)]),
            new(2, "c", "d", [new("talks", 60), new("territory", 30)]),
            new(3, "e", "f", [new("territory", 20)]),
        ];

        Assert.Equal(("c", "d"), (StopChecks.AgreementOn("territory", agreements)!.From, StopChecks.AgreementOn("territory", agreements)!.To));
        Assert.Null(StopChecks.AgreementOn("nato", agreements));
    }

    [Fact]
    public void Spread_and_largest_move_measure_the_positions()
    {
        Assert.Equal(30, StopChecks.Spread([40, 70, 55]));
        Assert.Null(StopChecks.Spread([]));
        Assert.Equal(7.5, StopChecks.LargestMove([10, 20, 30], [12.5, 12.5, 30]));
        Assert.Equal(0, StopChecks.LargestMove([], []));
    }
}
