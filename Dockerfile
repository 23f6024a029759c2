# syntax=docker/dockerfile:1
# One image per service, built from the whole reactor:
#   docker build --build-arg SERVICE=plan-service -t dondoc/plan-service .
# SERVICE is one of plan-service, task-service, reporting-service, notification-service, web.

ARG SERVICE=plan-service

# ---- build ------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /workspace
COPY . .
# The wrapper is the only build entry point; the cache mount keeps ~/.m2 between builds.
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw \
 && ./mvnw -B -ntp -pl ${SERVICE} -am package -DskipTests \
 && cp ${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT-exec.jar /workspace/app.jar

# ---- run --------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
ARG SERVICE
ENV SERVICE=${SERVICE} \
    TZ=Asia/Ho_Chi_Minh \
    LANG=C.UTF-8 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Dfile.encoding=UTF-8"
RUN groupadd --system dondoc && useradd --system --gid dondoc --home-dir /app dondoc
WORKDIR /app
# The spring-boot repackaged jar (classifier exec) of ${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT-exec.jar
COPY --from=build --chown=dondoc:dondoc /workspace/app.jar /app/app.jar
USER dondoc
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
