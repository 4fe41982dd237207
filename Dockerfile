# Involve on Payara Micro, configured only by environment variables (see README.md), against an
# external MariaDB: what `mvn -Prun` does, minus the embedded database and mail catcher. Started by
# the same script as the tests and compose.yaml (src/main/payara/start-portal.sh): alone by default,
# in a cluster with PORTAL_CLUSTER_MEMBERS.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
COPY src src
COPY translations translations
COPY accessibility accessibility
RUN mvn -B -q package -DskipTests -Dbrowser.check.skip=true

FROM payara/micro:6.2025.10-jdk17
COPY --from=build /build/target/involve.war /opt/payara/deployments/involve.war
COPY src/main/payara/ /opt/payara/config/
ENV PAYARA_MICRO_JAR=/opt/payara/payara-micro.jar \
    PORTAL_WAR=/opt/payara/deployments/involve.war \
    PORTAL_UPLOADS_DIR=/opt/payara/uploads
# uploads (receipts, files sent in another format, partner logos): shared by every instance, backed up with the database
RUN mkdir -p /opt/payara/uploads
VOLUME /opt/payara/uploads
# 8080: HTTP (behind the proxy); 6900: the data grid, between instances only
EXPOSE 8080 6900
ENTRYPOINT ["sh", "/opt/payara/config/start-portal.sh"]
