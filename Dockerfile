# The production image (decision 041): the extracted jar and a JDK AOT cache trained in this build.
#   ./mvnw -Pproduction package -DskipTests && docker build -t ghcr.io/buyzet/buyzet-portal .
# Without a datasource it runs the embedded default (data in the /data volume); docs/kubernetes and
# docker-compose.yml give it an external PostgreSQL and Keycloak.
#
# The cache is trained in a stage of the same JRE image, at the same path (/app), by a user that is
# not root (PostgreSQL refuses root): a cache from another JDK build or path would be refused.
FROM eclipse-temurin:25-jre AS aot
RUN useradd --system --uid 10001 --home-dir /app portal && mkdir /app && chown portal /app
COPY src/main/docker/aot-cache.sh /usr/local/bin/aot-cache.sh
COPY target/buyzet-portal.jar /tmp/buyzet-portal.jar
USER portal
RUN bash /usr/local/bin/aot-cache.sh /tmp/buyzet-portal.jar /app

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /app portal && mkdir -p /app /data && chown portal /data
COPY --from=aot /app /app
USER portal
WORKDIR /app
ENV BUYZET_DATA_DIR=/data/postgres
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=buyzet-portal.aot", "-jar", "buyzet-portal.jar"]
