using Diplomacy.Model.World;
using Diplomacy.Scenarios.World;

namespace Diplomacy.Scenarios.Tests.World;

/// <summary>
/// What <c>diplomacy seed show</c> prints, as text and as JSON, for a small world that has every
/// optional field both given and left out.
/// </summary>
public sealed class WorldWriterTests
{
    private static readonly SeedWorld World = new(
        "article.txt",
        [
            new Actor("ukraine", "Ukraine", ActorKind.State, "Sovereign state", null, 3.5, 0.25) { Assumption = "At war.", Source = "SIPRI 2025" },
            new Actor("zelenskyy", "Volodymyr Zelenskyy", ActorKind.Leader, "President of Ukraine", "ukraine", 3.5, 0.1),
        ],
        [new Issue("territory", "Territory lost since 2014", "Russia keeps it", "Ukraine regains it"), new Issue("nato", "NATO membership", "Ruled out", "Joins")],
        [
            new Stance("ukraine", "territory", 95.5, 0.9, 0.8, Confidence.Stated, "regain all territory", null, null, new RedLine(60, 100) { Quote = "never cede" }),
            new Stance("zelenskyy", "territory", 90, 1, 0.75, Confidence.Implied, "his voice", null, null, null),
            new Stance("zelenskyy", "nato", 100, 0.4, 0.5, Confidence.Assumed, null, "Kyiv wants in.", "NATO summit 2008", new RedLine(0, 100)),
        ],
        [new InfluenceTie("ukraine", "zelenskyy", 0.9) { Rationale = "He leads it" }, new InfluenceTie("zelenskyy", "ukraine", 0.5)])
    {
        Title = "Peace talks",
        Date = "2025-02-13",
    };

    [Fact]
    public void The_table_with_details_and_quotes_shows_every_field()
    {
        var output = new StringWriter();

        WorldTableWriter.Write(output, World, details: true, quotes: true);

        Assert.Equal(
            """
            World: Peace talks (2025-02-13)
            Article: article.txt

            Ukraine (ukraine): state, Sovereign state
              capability 3.5, susceptibility 0.25 (assumed)
              assumption: At war.
              source: SIPRI 2025
            Volodymyr Zelenskyy (zelenskyy): leader, President of Ukraine, member of ukraine
              capability 3.5, susceptibility 0.1 (assumed)
            Territory lost since 2014 (territory)
              0   = Russia keeps it
              100 = Ukraine regains it
            NATO membership (nato)
              0   = Ruled out
              100 = Joins

            actor      kind             1     2
            -----------------------------------
            ukraine    state         96s!     ·
            zelenskyy  leader         90i 100a!

            Cells: position on 0-100 then s = stated, i = implied, a = assumed; ! = red line drawn; · = no stance.
              1 territory: Territory lost since 2014
                  0 = Russia keeps it; 100 = Ukraine regains it
              2 nato: NATO membership
                  0 = Ruled out; 100 = Joins

            Behind the cells:
            ukraine × territory: 95.5 stated, salience 0.9, resolve 0.8
              quote: regain all territory
              red line: [60, 100] never cede
            zelenskyy × territory: 90 implied, salience 1, resolve 0.75
              quote: his voice
            zelenskyy × nato: 100 assumed, salience 0.4, resolve 0.5
              assumption: Kyiv wants in.
              source: NATO summit 2008
              red line: [0, 100]

            """,
            output.ToString());
    }

    [Fact]
    public void The_plain_table_has_neither_details_nor_quotes_and_falls_back_to_the_article_name()
    {
        var output = new StringWriter();

        WorldTableWriter.Write(output, World with { Title = null, Date = null }, details: false, quotes: false);

        Assert.Equal(
            """
            World: article.txt
            Article: article.txt

            actor      kind             1     2
            -----------------------------------
            ukraine    state         96s!     ·
            zelenskyy  leader         90i 100a!

            Cells: position on 0-100 then s = stated, i = implied, a = assumed; ! = red line drawn; · = no stance.
              1 territory: Territory lost since 2014
                  0 = Russia keeps it; 100 = Ukraine regains it
              2 nato: NATO membership
                  0 = Ruled out; 100 = Joins

            """,
            output.ToString());
    }

    [Fact]
    public void The_json_has_every_field_in_the_documented_order_with_nulls_written_out()
    {
        Assert.Equal(
            """
            {
              "article": "article.txt",
              "title": null,
              "date": "2025-02-13",
              "actors": [
                {
                  "id": "ukraine",
                  "name": "Ukraine",
                  "kind": "state",
                  "role": "Sovereign state",
                  "memberOf": null,
                  "capability": 3.5,
                  "susceptibility": 0.25,
                  "assumption": "At war.",
                  "source": "SIPRI 2025"
                },
                {
                  "id": "zelenskyy",
                  "name": "Volodymyr Zelenskyy",
                  "kind": "leader",
                  "role": "President of Ukraine",
                  "memberOf": "ukraine",
                  "capability": 3.5,
                  "susceptibility": 0.1,
                  "assumption": null,
                  "source": null
                }
              ],
              "issues": [
                {
                  "id": "territory",
                  "title": "Territory lost since 2014",
                  "low": "Russia keeps it",
                  "high": "Ukraine regains it",
                  "keywords": []
                },
                {
                  "id": "nato",
                  "title": "NATO membership",
                  "low": "Ruled out",
                  "high": "Joins",
                  "keywords": []
                }
              ],
              "positions": [
                {
                  "actor": "ukraine",
                  "issue": "territory",
                  "position": 95.5,
                  "salience": 0.9,
                  "resolve": 0.8,
                  "confidence": "stated",
                  "quote": "regain all territory",
                  "assumption": null,
                  "source": null,
                  "redLine": {
                    "minimum": 60,
                    "maximum": 100,
                    "quote": "never cede"
                  }
                },
                {
                  "actor": "zelenskyy",
                  "issue": "territory",
                  "position": 90,
                  "salience": 1,
                  "resolve": 0.75,
                  "confidence": "implied",
                  "quote": "his voice",
                  "assumption": null,
                  "source": null,
                  "redLine": null
                },
                {
                  "actor": "zelenskyy",
                  "issue": "nato",
                  "position": 100,
                  "salience": 0.4,
                  "resolve": 0.5,
                  "confidence": "assumed",
                  "quote": null,
                  "assumption": "Kyiv wants in.",
                  "source": "NATO summit 2008",
                  "redLine": {
                    "minimum": 0,
                    "maximum": 100,
                    "quote": null
                  }
                }
              ],
              "ties": [
                {
                  "listener": "ukraine",
                  "speaker": "zelenskyy",
                  "weight": 0.9,
                  "rationale": "He leads it"
                },
                {
                  "listener": "zelenskyy",
                  "speaker": "ukraine",
                  "weight": 0.5,
                  "rationale": null
                }
              ]
            }
            """,
            WorldJsonWriter.Write(World with { Title = null }));
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => WorldTableWriter.Write(null!, World, details: false, quotes: false));
        Assert.Throws<ArgumentNullException>(() => WorldTableWriter.Write(new StringWriter(), null!, details: false, quotes: false));
        Assert.Throws<ArgumentNullException>(() => WorldJsonWriter.Write(null!));
    }
}
