namespace Diplomacy.Scenarios.World;

/// <summary>A stretch of the article and how many single-character edits separate it from a quote.</summary>
public sealed record ArticlePassage(int Start, string Text, int Distance)
{
    /// <summary>
    /// The passage of <paramref name="article"/> that a quote most nearly matches: the substring
    /// with the fewest insertions, deletions or substitutions from <paramref name="quote"/>
    /// (approximate substring matching, Sellers 1980), earliest on ties. Runs in
    /// O(article × quote) time and O(quote) memory, which is instant for news-length text.
    /// </summary>
    public static ArticlePassage Closest(string article, string quote)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(quote);

        // Column j holds, for each prefix of the quote, the cheapest match ending at article
        // position j and where that match starts; a match may start anywhere for free.
        var m = quote.Length;
        var previousCost = new int[m + 1];
        var previousStart = new int[m + 1];
        var currentCost = new int[m + 1];
        var currentStart = new int[m + 1];
        for (var i = 0; i <= m; i++)
        {
            previousCost[i] = i;
        }

        var (bestCost, bestStart, bestEnd) = (previousCost[m], 0, 0);
        for (var j = 1; j <= article.Length; j++)
        {
            currentCost[0] = 0;
            currentStart[0] = j;
            for (var i = 1; i <= m; i++)
            {
                var cost = previousCost[i - 1] + (quote[i - 1] == article[j - 1] ? 0 : 1);
                var start = previousStart[i - 1];
                if (currentCost[i - 1] + 1 < cost)
                {
                    cost = currentCost[i - 1] + 1;
                    start = currentStart[i - 1];
                }

                if (previousCost[i] + 1 < cost)
                {
                    cost = previousCost[i] + 1;
                    start = previousStart[i];
                }

                currentCost[i] = cost;
                currentStart[i] = start;
            }

            if (currentCost[m] < bestCost)
            {
                (bestCost, bestStart, bestEnd) = (currentCost[m], currentStart[m], j);
            }

            (previousCost, currentCost) = (currentCost, previousCost);
            (previousStart, currentStart) = (currentStart, previousStart);
        }

        return new ArticlePassage(bestStart, article[bestStart..bestEnd], bestCost);
    }
}
