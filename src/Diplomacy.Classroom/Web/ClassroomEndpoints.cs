using Diplomacy.Classroom.Protocol;
using Diplomacy.Classroom.Rooms;
using Diplomacy.Classroom.Scenarios;
using Diplomacy.Scenarios.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Diplomacy.Classroom.Web;

/// <summary>
/// The server's addresses: the two pages and their assets, the scenarios, rooms (open, upload a
/// scenario, download files) and each room's WebSocket. The teacher's key travels in the
/// <c>X-Teacher-Key</c> header (or, for a download link, the <c>key</c> query).
/// </summary>
internal static class ClassroomEndpoints
{
    public const string TeacherKeyHeader = "X-Teacher-Key";

    public static void Map(IEndpointRouteBuilder app, EmbeddedAssets assets, ScenarioCatalog catalog, RoomRegistry rooms)
    {
        app.MapGet("/", () => Page(assets, "index.html"));
        app.MapGet("/student", () => Page(assets, "student.html"));
        app.MapGet("/assets/{name}", (string name) => Page(assets, name));

        app.MapGet("/api/scenarios", () => Results.Json(
            catalog.All.Select(s => new { name = s.Name, description = s.Description, rounds = s.Rounds, seed = s.Seed, issues = s.Issues, hasInfo = ScenarioCatalog.InfoOf(s.Name) is not null }),
            Json.Options));
        app.MapGet("/api/scenarios/{name}/info", (string name) =>
            catalog.Find(name) is not null && ScenarioCatalog.InfoOf(name) is { } info
                ? Results.Text(info, "text/markdown; charset=utf-8")
                : Results.NotFound());

        app.MapPost("/api/rooms", async () => await rooms.OpenAsync() is { } room
            ? Results.Json(new { code = room.Code, key = room.TeacherKey }, Json.Options)
            : Results.Json(new { error = "the server has as many rooms open as it allows; close one first" }, Json.Options, statusCode: StatusCodes.Status503ServiceUnavailable));

        app.MapPost("/api/rooms/{code}/scenario", async (string code, HttpRequest request) =>
        {
            if (Teacher(rooms, code, request.Headers[TeacherKeyHeader]) is not { } room)
            {
                return Refused(rooms, code);
            }

            // Read to the end (the browser is still sending) but keep no more than the limit and a byte.
            var content = await ReadLimitedAsync(request.Body, ClassroomOptions.UploadLimitBytes + 1);
            if (content.Length > ClassroomOptions.UploadLimitBytes)
            {
                return Results.Json(new { errors = new[] { $"the file is larger than an uploaded scenario may be ({ClassroomOptions.UploadLimitBytes} bytes)" } }, Json.Options, statusCode: StatusCodes.Status413PayloadTooLarge);
            }

            try
            {
                var upload = ScenarioUpload.Load(content, request.Query["name"], catalog);
                await room.SetupUploadAsync(upload);
                return Results.Json(new { name = upload.Scenario.Name }, Json.Options);
            }
            catch (InputException e)
            {
                return Results.Json(new { errors = e.Errors.Select(error => error.ToString()) }, Json.Options, statusCode: StatusCodes.Status400BadRequest);
            }
        });

        app.MapGet("/api/rooms/{code}/files/{file}", async (string code, string file, HttpRequest request, CancellationToken cancellationToken) =>
        {
            if (Teacher(rooms, code, request.Query["key"]) is not { } room)
            {
                return Refused(rooms, code);
            }

            if (!RoomFiles.Types.TryGetValue(file, out var type))
            {
                return Results.NotFound();
            }

            return await room.FileAsync(file, cancellationToken) is { } bytes
                ? Results.File(bytes, type, $"{room.Code.ToLowerInvariant()}-{file}")
                : Results.Json(new { error = "the room has no run yet: pick a scenario and press Setup" }, Json.Options, statusCode: StatusCodes.Status409Conflict);
        });

        app.Map("/ws/rooms/{code}", async (string code, HttpContext context) => await RoomSocket.AcceptAsync(context, rooms.Find(code)));
    }

    private static IResult Page(EmbeddedAssets assets, string name) =>
        assets.Find(name) is { } asset ? Results.Bytes(asset.Content, asset.ContentType) : Results.NotFound();

    private static RoomSession? Teacher(RoomRegistry rooms, string code, string? key) =>
        rooms.Find(code) is { } room && room.IsTeacher(key) ? room : null;

    private static IResult Refused(RoomRegistry rooms, string code) => rooms.Find(code) is null
        ? Results.Json(new { error = $"there is no room '{code}'" }, Json.Options, statusCode: StatusCodes.Status404NotFound)
        : Results.Json(new { error = "only the room's teacher may do that" }, Json.Options, statusCode: StatusCodes.Status403Forbidden);

    private static async Task<byte[]> ReadLimitedAsync(Stream body, int limit)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            copy.Write(buffer, 0, Math.Min(read, limit - (int)copy.Length));
        }

        return copy.ToArray();
    }
}
