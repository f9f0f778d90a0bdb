-- Runs once, when the data volume is first initialised: one database per service that keeps state.
CREATE DATABASE article_service;
CREATE DATABASE sponsor_service;
CREATE DATABASE notification_service;
