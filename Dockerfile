# One image for every role: `silo ...` for cluster members, `run ...`/`compare ...` for clients.
# The final image is Ubuntu Chiseled (no shell, no package manager) with the .NET runtime, runs as
# the non-root `app` user and checks a silo's health with `diplomacy health`. docs/docker.md
# explains each choice.
#
#   docker build --build-arg SOURCE_COMMIT=$(git rev-parse HEAD) -t diplomacy .
#   docker run --rm diplomacy --version

# ---- build: restore, then publish ReadyToRun for the target architecture --------------------------
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
# Set by BuildKit (amd64, arm64); the SDK reads both spellings of an architecture.
ARG TARGETARCH
# The build context has no .git (.dockerignore), so the commit `--version` prints comes from here.
ARG SOURCE_COMMIT=""
WORKDIR /src

# Project files first: the restore layer is reused until a project file or a version changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Diplomacy.Model/Diplomacy.Model.csproj src/Diplomacy.Model/
COPY src/Diplomacy.Contracts/Diplomacy.Contracts.csproj src/Diplomacy.Contracts/
COPY src/Diplomacy.Grains/Diplomacy.Grains.csproj src/Diplomacy.Grains/
COPY src/Diplomacy.Scenarios/Diplomacy.Scenarios.csproj src/Diplomacy.Scenarios/
COPY src/Diplomacy.Runtime/Diplomacy.Runtime.csproj src/Diplomacy.Runtime/
COPY src/Diplomacy.Cli/Diplomacy.Cli.csproj src/Diplomacy.Cli/
RUN dotnet restore src/Diplomacy.Cli -a "${TARGETARCH:-amd64}"

# Then the sources, the shipped article, world and scenarios, and the licences the program carries.
COPY src/ src/
COPY seeds/ seeds/
COPY scenarios/ scenarios/
COPY licenses/ licenses/
COPY LICENSE THIRD-PARTY-NOTICES.md CHANGELOG.md README.md ./
# Framework-dependent (the runtime is in the base image) and not trimmed: Orleans finds its
# serializers by reflection, which trimming would cut away.
RUN dotnet publish src/Diplomacy.Cli -c Release -a "${TARGETARCH:-amd64}" --no-self-contained --no-restore \
        -p:SourceRevisionId="${SOURCE_COMMIT}" -o /app \
    && mkdir -p /skeleton/work/tmp

# ---- runtime ----------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled
ARG SOURCE_COMMIT=""
LABEL org.opencontainers.image.title="diplomacy" \
      org.opencontainers.image.description="A distributed actor simulation of diplomatic positions on Microsoft Orleans" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.revision="${SOURCE_COMMIT}"

COPY --from=build /app /app
# The working folder: runs land in /work/runs/<scenario>-<seed> unless --out says otherwise, and
# temporary files (a silo's health file) in /work/tmp. The image has no shell to mkdir with, so
# empty folders are copied in, owned by the app user.
COPY --from=build --chown=$APP_UID:$APP_UID /skeleton/work/ /work/
ENV TMPDIR=/work/tmp
WORKDIR /work
# APP_UID (1654, user `app`) comes with the .NET images; a number lets Kubernetes check runAsNonRoot.
USER $APP_UID

# Silo-to-silo and gateway ports of `diplomacy silo` (its defaults).
EXPOSE 11111 30000
# A silo is healthy while Orleans reports it an active cluster member (its health file is fresh)
# and its gateway accepts connections. Clients (`run`, `compare`) disable the check
# (docker-compose.yml); a silo on another gateway port needs `health --gateway-port N`.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
    CMD ["dotnet", "/app/diplomacy.dll", "health"]

ENTRYPOINT ["dotnet", "/app/diplomacy.dll"]
CMD ["help"]
