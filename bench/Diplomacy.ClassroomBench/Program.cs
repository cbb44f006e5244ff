// The classroom benchmark: one room, 30 students connected over WebSockets (as many browsers would
// be), the teacher stepping a 200-round scenario. For every step it measures the time from the
// teacher's Step leaving the teacher's socket to the moment the LAST of the 30 students has received
// the new round, and reports the median, p95, p99 and the worst. The round itself is played in the
// grains in that time, so the figure is what a class sees. Usage:
//   dotnet run --project bench/Diplomacy.ClassroomBench -c Release -- [--students 30] [--steps 100] [--warmup 5]
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Diplomacy.Classroom;
using Diplomacy.Runtime.Hosting;

var students = Option("--students", 30);
var steps = Option("--steps", 100);
var warmup = Option("--warmup", 5);

await using var silo = await EmbeddedSilo.StartAsync();
await using var server = await ClassroomServer.StartAsync(new ClassroomOptions(IPAddress.Loopback, 0, Path.Combine(AppContext.BaseDirectory, "scenarios")), silo.Client);
using var http = new HttpClient { BaseAddress = server.Address };

var room = await (await http.PostAsync("api/rooms", null)).Content.ReadFromJsonAsync<JsonElement>();
var (code, key) = (room.GetProperty("code").GetString()!, room.GetProperty("key").GetString()!);
var teacher = await Socket.ConnectAsync(server.Address, code, $"role=teacher&key={key}");

// The fault tests' long run, its world named as an upload must name it.
var scenario = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "long-talks.yaml"))
    .Replace("world: ../../seeds/", "world: ../seeds/", StringComparison.Ordinal);
using (var upload = new HttpRequestMessage(HttpMethod.Post, $"api/rooms/{code}/scenario?name=long-talks.yaml") { Content = new StringContent(scenario) })
{
    upload.Headers.Add("X-Teacher-Key", key);
    (await http.SendAsync(upload)).EnsureSuccessStatusCode();
}

await teacher.RoundAsync(0);
var classroom = await Task.WhenAll(Enumerable.Range(1, students).Select(async i =>
{
    var student = await Socket.ConnectAsync(server.Address, code, "role=student");
    await student.SendAsync($$"""{"type":"join","name":"student {{i}}"}""");
    await student.RoundAsync(0);
    return student;
}));

var latencies = new List<double>();
for (var round = 1; round <= warmup + steps; round++)
{
    var arrivals = classroom.Select(s => s.RoundAsync(round)).ToList();
    var sent = Stopwatch.GetTimestamp();
    await teacher.SendAsync("""{"type":"step"}""");
    var last = (await Task.WhenAll(arrivals)).Max();
    if (round > warmup)
    {
        latencies.Add(Stopwatch.GetElapsedTime(sent, last).TotalMilliseconds);
    }
}

latencies.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{students} students, {steps} steps (after {warmup} warm-up): Step to every student holding the new round: " +
    $"median {Percentile(50):0.0} ms, p95 {Percentile(95):0.0} ms, p99 {Percentile(99):0.0} ms, worst {latencies[^1]:0.0} ms"));

foreach (var socket in classroom.Append(teacher))
{
    await socket.DisposeAsync();
}

double Percentile(double p) => latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(p / 100 * latencies.Count) - 1)];

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

/// <summary>A page's WebSocket, reduced to what the benchmark needs: when each round arrived.</summary>
internal sealed class Socket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly Dictionary<int, TaskCompletionSource<long>> _rounds = [];
    private readonly Lock _lock = new();
    private Task _reading = Task.CompletedTask;

    public static async Task<Socket> ConnectAsync(Uri server, string code, string query)
    {
        var socket = new Socket();
        await socket._socket.ConnectAsync(new UriBuilder(server) { Scheme = "ws", Path = $"/ws/rooms/{code}", Query = query }.Uri, CancellationToken.None);
        socket._reading = socket.ReadAsync();
        return socket;
    }

    public Task SendAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>When <paramref name="round"/> arrived (a <see cref="Stopwatch"/> timestamp).</summary>
    public Task<long> RoundAsync(int round) => Arrival(round).Task;

    public async ValueTask DisposeAsync()
    {
        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        await _reading;
        _socket.Dispose();
    }

    private TaskCompletionSource<long> Arrival(int round)
    {
        lock (_lock)
        {
            if (!_rounds.TryGetValue(round, out var arrival))
            {
                arrival = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                _rounds[round] = arrival;
            }

            return arrival;
        }
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[1 << 20];
        while (true)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
                length += result.Count;
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            // Read as a page reads it: the whole message parsed.
            using var message = JsonDocument.Parse(buffer.AsMemory(0, length));
            var at = Stopwatch.GetTimestamp();
            var type = message.RootElement.GetProperty("type").GetString();
            if (type == "round")
            {
                Arrival(message.RootElement.GetProperty("round").GetInt32()).TrySetResult(at);
            }
            else if (type == "welcome")
            {
                // A page that joins late is sent every round so far in its welcome.
                foreach (var round in message.RootElement.GetProperty("rounds").EnumerateArray())
                {
                    Arrival(round.GetProperty("round").GetInt32()).TrySetResult(at);
                }
            }
        }
    }
}
