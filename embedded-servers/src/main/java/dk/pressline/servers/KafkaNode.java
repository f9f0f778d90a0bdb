package dk.pressline.servers;

/**
 * One combined broker and controller of a KRaft cluster, as its {@code server.properties} describes it.
 *
 * @param quorumVoters every controller of the cluster, {@code id@host:port,...}
 * @param replicationFactor the replicas of every topic the cluster creates, its internal topics included
 */
record KafkaNode(int nodeId, int clientPort, int controllerPort, String quorumVoters, int replicationFactor) {

    static KafkaNode single(int clientPort, int controllerPort) {
        return new KafkaNode(1, clientPort, controllerPort, voter(1, controllerPort), 1);
    }

    static String voter(int nodeId, int controllerPort) {
        return nodeId + "@127.0.0.1:" + controllerPort;
    }

    /** A write needs all but one replica: with three, one node may be lost without refusing or losing a write. */
    int minInSyncReplicas() {
        return Math.max(1, replicationFactor - 1);
    }
}
