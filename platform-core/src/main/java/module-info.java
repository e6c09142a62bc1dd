/**
 * The platform core: the policy pack and catalogue, data subjects, the audit ledger, security, HTTP
 * errors and persistence.
 *
 * <p>Feature modules use only {@code lv.balticom.privacy.core.api} and its sub-packages (an
 * architecture test keeps it so). The other packages are exported too, because Micronaut needs
 * every package holding beans exported to find them on the module path (STACK-NOTES.md).
 */
module lv.balticom.privacy.core {
    requires transitive lv.balticom.privacy.spi;
    requires transitive io.micronaut.micronaut_inject;
    requires transitive io.micronaut.micronaut_core;
    requires transitive io.micronaut.micronaut_http;
    requires transitive io.micronaut.micronaut_context;
    requires transitive io.micronaut.serde.micronaut_serde_api;
    requires transitive io.micronaut.data.micronaut_data_model;
    requires transitive jakarta.inject;
    requires transitive jakarta.annotation;
    requires transitive jakarta.transaction;
    requires transitive java.sql;
    // The console API (core.api.console): FormTokenChecked is an AOP advice, ConsolePages answers ModelAndViews.
    requires transitive io.micronaut.micronaut_aop;
    requires transitive io.micronaut.views.micronaut_views_core;
    requires io.micronaut.micronaut_http_server;
    requires io.micronaut.micronaut_router;
    requires io.micronaut.micronaut_runtime;
    requires io.micronaut.data.micronaut_data_jdbc;
    requires io.micronaut.data.micronaut_data_runtime;
    requires io.micronaut.data.micronaut_data_tx;
    requires io.micronaut.data.micronaut_data_connection;
    requires io.micronaut.data.micronaut_data_connection_jdbc;
    requires io.micronaut.validation.micronaut_validation;
    requires io.micronaut.micronaut_json_core;
    requires jakarta.validation;
    requires liquibase.core;
    requires org.yaml.snakeyaml;
    requires org.apache.shiro.core;
    requires org.apache.shiro.lang;
    requires org.apache.shiro.crypto.hash;
    // Feature modules describe their endpoints with the same annotations (and core.api.openapi).
    requires transitive io.swagger.v3.oas.annotations;
    requires org.slf4j;
    requires jul.to.slf4j;
    requires java.logging;
    requires com.github.librepdf.openpdf;
    // OpenPDF draws with java.awt (colours, fonts); an automatic module does not pull it in itself.
    requires java.desktop;

    exports lv.balticom.privacy.core.api;
    exports lv.balticom.privacy.core.api.catalog;
    exports lv.balticom.privacy.core.api.console;
    exports lv.balticom.privacy.core.api.subject;
    exports lv.balticom.privacy.core.api.openapi;
    exports lv.balticom.privacy.core.api.plugins;
    exports lv.balticom.privacy.core.web;
    exports lv.balticom.privacy.core.web.console;
    exports lv.balticom.privacy.core.internal.console;
    exports lv.balticom.privacy.core.internal.audit;
    exports lv.balticom.privacy.core.internal.catalog;
    exports lv.balticom.privacy.core.internal.config;
    exports lv.balticom.privacy.core.internal.http;
    exports lv.balticom.privacy.core.internal.persistence;
    exports lv.balticom.privacy.core.internal.plugins;
    exports lv.balticom.privacy.core.internal.policypack;
    exports lv.balticom.privacy.core.internal.registers;
    exports lv.balticom.privacy.core.internal.ropa;
    exports lv.balticom.privacy.core.internal.security;
    exports lv.balticom.privacy.core.internal.subject;
    exports lv.balticom.privacy.core.internal.time;

    uses lv.balticom.privacy.spi.PrivacyPlugin;

    opens db.changelog.core;
    opens policy;
    opens i18n;
    opens views.console;
    opens consoleassets;
    opens ropa;
    opens ropa.fonts;
}
