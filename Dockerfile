# One image for every role: `diplomacy silo ...` for cluster members, `diplomacy run ...` for clients.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Diplomacy.Cli -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app .
COPY seeds /app/seeds
COPY scenarios /app/scenarios
ENTRYPOINT ["dotnet", "/app/diplomacy.dll"]
