using System.Net.WebSockets;
using Diplomacy.Classroom.Protocol;
using Diplomacy.Classroom.Rooms;
using Microsoft.AspNetCore.Http;

namespace Diplomacy.Classroom.Web;

/// <summary>
/// A page's WebSocket to its room: <c>?role=teacher&amp;key=K</c> for the teacher, <c>?role=student</c>
/// (with the key the room gave the student before, if any) for a student. A refusal — no such room,
/// a wrong teacher key — reaches the page as an <c>error</c> message before the socket closes, so the
/// page can say what went wrong.
/// </summary>
internal static class RoomSocket
{
    public static async Task AcceptAsync(HttpContext context, RoomSession? room)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (!SecurityHeaders.SameOrigin(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var query = context.Request.Query;
        var role = query["role"].ToString();
        if (room is null)
        {
            await RefuseAsync(socket, $"there is no room '{context.Request.RouteValues["code"]}': check the code on the teacher's screen");
            return;
        }

        Connection connection;
        if (role == "teacher")
        {
            if (!room.IsTeacher(query["key"]))
            {
                await RefuseAsync(socket, "only the room's teacher may open the teacher's page of this room");
                return;
            }

            connection = new Connection(socket, Role.Teacher, string.Empty);
        }
        else if (role == "student")
        {
            connection = new Connection(socket, Role.Student, room.StudentKeyFor(query["key"]));
        }
        else
        {
            await RefuseAsync(socket, "a page joins a room as 'teacher' or 'student'");
            return;
        }

        await room.ServeAsync(connection, context.RequestAborted);
        await connection.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye");
    }

    private static async Task RefuseAsync(WebSocket socket, string text)
    {
        var connection = new Connection(socket, Role.Student, string.Empty);
        connection.Send(new { type = "error", text, fatal = true });
        connection.Complete();
        await connection.WriteLoopAsync(CancellationToken.None);
        await connection.CloseAsync(WebSocketCloseStatus.PolicyViolation, "refused");
    }
}
