# Involve on Payara Micro, configured only by environment variables (see README.md), against an
# external MariaDB. Does what `mvn -Prun` does, minus the embedded database and mail catcher.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
COPY src src
COPY translations translations
COPY accessibility accessibility
RUN mvn -B -q package -DskipTests -Dbrowser.check.skip=true

FROM payara/micro:6.2025.10-jdk17
COPY --from=build /build/target/involve.war /opt/payara/deployments/involve.war
COPY src/main/payara/pre-boot-commands.asadmin src/main/payara/post-boot-commands.asadmin /opt/payara/config/
# receipts sent with expense claims: keep this volume, and back it up with the database
ENV PORTAL_UPLOADS_DIR=/opt/payara/uploads
RUN mkdir -p /opt/payara/uploads
VOLUME /opt/payara/uploads
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/payara/payara-micro.jar", \
    "--nohazelcast", "--port", "8080", "--contextroot", "/", "--shutdowngrace", "10000", \
    "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.asadmin", \
    "--postbootcommandfile", "/opt/payara/config/post-boot-commands.asadmin", \
    "--deploy", "/opt/payara/deployments/involve.war"]
